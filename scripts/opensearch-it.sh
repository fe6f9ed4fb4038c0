#!/usr/bin/env bash
# The OpenSearch plugin's tests: a real 2.19 node with the plugin (ZhengceAnalysisIT) and the zip
# installed into a fresh plugins folder and loaded as a node loads it (PluginInstallCheck).
# OpenSearch's test framework refuses to run as root, so as root (CI) this creates the system
# user zhengce-it and runs the tests as that user, on a copy of the build in a temporary folder.
# Run after ./mvnw -B verify (or package), which builds the zip and target/it-lib.
set -euo pipefail
cd "$(dirname "$0")/.."
T=opensearch-plugin/target
ZIP=$(ls $T/analysis-zhengce-*.zip 2>/dev/null | head -1)
if [ -z "$ZIP" ] || [ ! -d $T/it-lib ]; then
  echo "opensearch-it: build first: ./mvnw -B verify" >&2
  exit 2
fi
DIR=$(mktemp -d /tmp/zhengce-opensearch-it.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
cp -r $T/classes $T/test-classes $T/it-lib "$DIR/"
cp "$ZIP" "$DIR/plugin.zip"
mkdir "$DIR/tmp" "$DIR/server-lib"
# the server's classpath for the install check: everything but the plugin's own jars
for j in "$DIR"/it-lib/*.jar; do
  case "$(basename "$j")" in
    zhengce-*|hanlp-*|opencc4j-*|heaven-*|nlp-common-*) ;;
    *) ln -s "$j" "$DIR/server-lib/" ;;
  esac
done
RUN=()
if [ "$(id -u)" = 0 ]; then
  id -u zhengce-it >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin zhengce-it
  chown -R zhengce-it "$DIR"
  RUN=(runuser -u zhengce-it --)
fi
cd "$DIR"
JAVA=(java -Xmx1g -ea -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$DIR/tmp" -Dtests.security.manager=true)
timeout 900 "${RUN[@]}" "${JAVA[@]}" -cp "classes:test-classes:it-lib/*" org.zhengce.opensearch.OpenSearchTests \
  2>&1 | tee node.log | grep -vE '^\s+at |^\[20' || true
grep -qE '^opensearch: [1-9][0-9]* passed, 0 failed$' node.log
timeout 900 "${RUN[@]}" "${JAVA[@]}" -cp "test-classes:server-lib/*" org.zhengce.opensearch.PluginInstallCheck plugin.zip
