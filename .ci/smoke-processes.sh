#!/usr/bin/env bash
# bin/newswire broker, pipeline and ingest in three processes; kcat must read every good sample from
# news.enriched as valid JSON with the contract's fields. Everything runs on loopback and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=$(( 19092 + RANDOM % 1000 ))
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

bin/newswire broker --port "$port" --data "$work/broker" 2>"$work/broker.log" &
pids+=($!)
for _ in $(seq 1 120); do
  kcat -b "localhost:$port" -L -t __probe >/dev/null 2>&1 && break
  sleep 0.5
done
kcat -b "localhost:$port" -L >/dev/null

bin/newswire pipeline --bootstrap-servers "localhost:$port" --http-port 0 2>"$work/pipeline.log" &
pids+=($!)
bin/newswire ingest --bootstrap-servers "localhost:$port" samples/ 2>"$work/ingest.log"
grep -E "records published" "$work/ingest.log"

# Good samples = what enrich (the same code, offline) accepts.
expected=$( (bin/newswire enrich --input samples/ 2>/dev/null || true) | grep -c . )
got=0
for _ in $(seq 1 120); do
  got=$(kcat -C -b "localhost:$port" -t news.enriched -e -q -X isolation.level=read_committed 2>/dev/null | grep -c . || true)
  [ "$got" -ge "$expected" ] && break
  sleep 1
done
echo "kcat read $got enriched articles (expected $expected)"
kcat -C -b "localhost:$port" -t news.enriched -e -q -X isolation.level=read_committed > "$work/enriched.jsonl"
jq -e -s --argjson n "$expected" 'length == $n and all(
  has("schemaVersion") and has("id") and has("url") and has("source") and has("title") and has("text")
  and has("language") and has("publishedAt") and has("ingestedAt") and has("processedAt") and has("dateline")
  and has("entities") and has("places") and has("countries") and has("provenance"))' "$work/enriched.jsonl" >/dev/null
[ "$(jq -r .id "$work/enriched.jsonl" | sort | uniq -d | wc -l)" -eq 0 ]
dlq=$(kcat -C -b "localhost:$port" -t news.dlq -e -q -X isolation.level=read_committed -f '%h\n' 2>/dev/null | grep -c newswire.dlq.reason || true)
echo "kcat read $dlq dead letters with reason headers"
[ "$dlq" -ge 1 ]
echo "processes smoke test passed"
