-- docker/compose.yml: Keycloak's own database beside Khen's, created when the PostgreSQL volume is new.
CREATE DATABASE keycloak OWNER khen;
