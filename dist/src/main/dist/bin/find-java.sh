# Sourced, not run: sets JAVA_HOME to a JDK 21 or newer, or prints why it can't and returns 1.
# Looks at JAVA_HOME, then the java on PATH, then the usual install folders.

cogbot_java_major() {
  # prints the major version of the java at $1 (a JDK or JRE home), or nothing
  [ -x "$1/bin/java" ] || return 0
  # the home's release file says it without starting a JVM (which costs a tenth of a second or more)
  if [ -f "$1/release" ]; then
    release=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9._]*\).*/\1/p' "$1/release" | head -n 1)
    case "$release" in
      1.*) echo "$release" | cut -d. -f2; return 0 ;;
      [0-9]*) echo "$release" | cut -d. -f1 | cut -d_ -f1; return 0 ;;
    esac
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

cogbot_find_java() {
  required=21
  candidates=""
  [ -n "${JAVA_HOME:-}" ] && candidates="$JAVA_HOME"
  if command -v java >/dev/null 2>&1; then
    on_path=$(command -v java)
    on_path=$(readlink -f "$on_path" 2>/dev/null || echo "$on_path")
    candidates="$candidates ${on_path%/bin/java}"
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] && candidates="$candidates $dir"
  done
  best="" best_major=0
  for home in $candidates; do
    major=$(cogbot_java_major "$home")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$required" ] && [ "$major" -gt "$best_major" ]; then
      best="$home" best_major="$major"
    fi
    # JAVA_HOME wins when it is recent enough, whatever else is installed
    if [ "$home" = "${JAVA_HOME:-}" ] && [ "$major" -ge "$required" ]; then
      best="$home"; break
    fi
  done
  if [ -z "$best" ]; then
    echo "cogbot needs Java $required or newer, and found none (JAVA_HOME=${JAVA_HOME:-unset}). Install a JDK $required+ and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
