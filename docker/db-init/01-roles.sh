#!/bin/bash
# Runs once, when the PostgreSQL container initialises an empty data directory (as the superuser).
# Three roles: the owner (migrations only, not a superuser), a NOLOGIN group the migrations grant what
# serving needs, and the app's login role, a member of that group that owns nothing.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$DB_OWNER_PASSWORD" -v app_password="$DB_APP_PASSWORD" <<'SQL'
CREATE ROLE case_tracker_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE case_tracker_runtime NOLOGIN;
CREATE ROLE case_tracker_app LOGIN PASSWORD :'app_password' IN ROLE case_tracker_runtime;
CREATE DATABASE case_tracker OWNER case_tracker_owner;
REVOKE ALL ON DATABASE case_tracker FROM PUBLIC;
GRANT CONNECT ON DATABASE case_tracker TO case_tracker_runtime;
\c case_tracker
ALTER SCHEMA public OWNER TO case_tracker_owner;
SQL
