#!/usr/bin/env bash
# Regenerates the transcription drill clips from their scripts.
#
#   scripts/make-clips.sh            render every clip in drills/transcription/
#   scripts/make-clips.sh tr-003     render the named clips only
#   scripts/make-clips.sh --check    measure the rendered clips (durations, RMS of masked stretches)
#
# For each clip this writes drills/transcription/audio/<id>.opus (mono Ogg Opus, 16 kHz
# input, about 14 kbit/s), audio/<id>.json (duration, turn start and end times, tagged
# events, and a hash of the script it was rendered from), and the generated `reference`
# block at the end of <id>.yaml. Commit all three together.
#
# Needs espeak-ng, sox (with soxi) and opus-tools (opusenc, opusdec):
#   apt-get install espeak-ng sox libsox-fmt-all opus-tools
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(dirname "$here")"

for tool in espeak-ng sox soxi opusenc opusdec; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "make-clips: '$tool' not found; install espeak-ng, sox, libsox-fmt-all and opus-tools" >&2
    exit 1
  fi
done

# tsx runs the TypeScript helper; it is installed with the workspace's dev tooling.
tsx=""
for candidate in "$package/node_modules/.bin/tsx" "$package/../core/node_modules/.bin/tsx"; do
  if [ -x "$candidate" ]; then tsx="$candidate"; break; fi
done
if [ -z "$tsx" ]; then
  echo "make-clips: tsx not found; run the workspace install first" >&2
  exit 1
fi

cd "$package"
exec "$tsx" "$here/make-clips.ts" "$@"
