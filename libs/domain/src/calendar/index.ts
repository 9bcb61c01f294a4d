export * from './civil-date';
export * from './working-days';
export * from './official-schedules';
