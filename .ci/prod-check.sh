#!/usr/bin/env bash
# The production image's runtime stage, without Docker: only `dependencies` installed into a clean folder
# next to the built app (dist/), started against PostgreSQL as a runtime role that owns nothing (the owner
# migrates), then health, the back office and a sign-in (native argon2) are checked. A package the app needs
# at run time but that sits in devDependencies fails here. Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
ADMIN_URL=${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
[ -f dist/apps/api/main.js ] || { echo "prod-check: build first (dist/apps/api/main.js missing)"; exit 1; }

run_id="$$_$(date +%s)"
db="ct_prodcheck_${run_id}"
role="ct_prodcheck_rt_${run_id}"
dir=$(mktemp -d /tmp/ct-prod-XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true
  psql -q "$ADMIN_URL" -c "DROP ROLE IF EXISTS ${role}" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

echo "prod-check: installing production dependencies only into $dir"
cp package.json package-lock.json "$dir/"
(cd "$dir" && NODE_ENV=production npm install --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
cp -r dist "$dir/dist"

psql -q -v ON_ERROR_STOP=1 "$ADMIN_URL" >/dev/null <<SQL
CREATE DATABASE ${db};
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'case_tracker_runtime') THEN CREATE ROLE case_tracker_runtime NOLOGIN; END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END \$\$;
CREATE ROLE ${role} LOGIN IN ROLE case_tracker_runtime;
SQL
owner_url=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$ADMIN_URL" "$db")
runtime_url=$(node -e 'const u=new URL(process.argv[1]); u.username=process.argv[2]; console.log(u.toString())' "$owner_url" "$role")
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

(
  cd "$dir"
  NODE_ENV=production PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn SEED_DEMO=false \
  MIGRATION_DATABASE_URL="$owner_url" DATABASE_URL="$runtime_url" \
  JWT_SECRET="prod-check-$(openssl rand -hex 24)" ENCRYPTION_KEY="$(openssl rand -base64 32)" \
  BOOTSTRAP_ADMIN_EMAIL=admin@prodcheck.example.org BOOTSTRAP_ADMIN_PASSWORD=prod-check-password-1 \
  exec node dist/apps/api/main.js
) >"$dir/app.log" 2>&1 &
pid=$!

base="http://127.0.0.1:${port}"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || break
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")" = 200 ] && break
  sleep 0.5
done
fail() { echo "prod-check FAILED: $*"; echo "--- app output"; tail -n 30 "$dir/app.log"; exit 1; }
[ "$(curl -s "$base/api/health")" = '{"status":"ok"}' ] || fail "health did not answer 200 {\"status\":\"ok\"}"
curl -s "$base/" | grep -q '<div id="root">' || fail "the back office is not served"
login=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
  -d '{"email":"admin@prodcheck.example.org","password":"prod-check-password-1"}' "$base/api/auth/login")
[ "$login" = 200 ] || fail "sign-in answered $login"
echo "prod-check passed: production dependencies only, runtime role, health 200, back office served, sign-in 200"
