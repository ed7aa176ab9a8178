#!/usr/bin/env sh
# Drafts all 728 10kGNAD articles (./mvnw verify runs every 8th): no exception, every draft parses,
# passes its own grounding check and is identical on a second run. Not part of the build.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
./mvnw -B -ntp -pl ozd-draft -am verify -Dtest=none -Dit.test=DraftRobustnessIT -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dozd.robustness.all=true | grep -E "10kGNAD robustness|^article|Tests run:|BUILD"
