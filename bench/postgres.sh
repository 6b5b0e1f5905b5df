# Sourced by the benchmarks: makes sure a local PostgreSQL answers and a bench database exists,
# then exports BENCH_PG_URL, BENCH_PG_USER, BENCH_PG_PASSWORD (empty URL when none can be had).
BENCH_PG_URL=""
if command -v pg_lsclusters >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | head -1)
  pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
  q() { su postgres -c "psql -p $pg_port -qtAc \"$1\""; }
  [ "$(q "SELECT 1 FROM pg_roles WHERE rolname = 'tipnet'")" = 1 ] || q "CREATE ROLE tipnet LOGIN PASSWORD 'tipnet'"
  [ "$(q "SELECT 1 FROM pg_database WHERE datname = 'tipnet_bench'")" = 1 ] \
    || q "CREATE DATABASE tipnet_bench OWNER tipnet ENCODING 'UTF8' TEMPLATE template0"
  BENCH_PG_URL="jdbc:postgresql://127.0.0.1:${pg_port}/tipnet_bench"
fi
BENCH_PG_USER=tipnet
BENCH_PG_PASSWORD=tipnet
