#!/usr/bin/env bash
# Records the Temporal histories under test/histories/ that the replay test replays: run it after
# a deliberate change of the workflow's shape, naming the shape (`npm run record-histories -- <tag>`
# writes <name>-<tag>.json beside the old histories, which stay for the cases still running on them).
set -euo pipefail
cd "$(dirname "$0")/.."
KHEN_RECORD_HISTORIES="${1:-1}" bash scripts/test.sh test/e2e/nomination-lifecycle test/sla/campaign-reminders
ls -l test/histories
