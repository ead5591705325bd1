#!/bin/sh
# Run a command as if some system libraries were not installed:
#   packaging/without_libs.sh libxcb-icccm.so.4 libxcb-keysyms.so.1 -- zorgmap
# In a private mount namespace the library folder gets an overlay whose whiteouts hide each
# named library and the file its symlink points to; nothing changes outside the command.
# Needs root (unshare, mount). Used by packaging/check_bundle.sh to see the missing-library
# message for real.
set -eu
if [ "${_ZM_INSIDE:-}" != 1 ]; then
    exec env _ZM_INSIDE=1 unshare -m --propagation private "$0" "$@"
fi
libdir=$(dirname "$(readlink -f "$(ldconfig -p | awk '/libc\.so\.6/ {print $NF; exit}')")")
scratch=$(mktemp -d)
mount -t tmpfs tmpfs "$scratch"
mkdir "$scratch/up" "$scratch/work"
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    for f in "$libdir/$1" "$(readlink -f "$libdir/$1")"; do
        [ -e "$f" ] && mknod "$scratch/up/$(basename "$f")" c 0 0
    done
    shift
done
[ "${1:-}" = "--" ] && shift
mount -t overlay overlay -o "lowerdir=$libdir,upperdir=$scratch/up,workdir=$scratch/work" "$libdir"
unset _ZM_INSIDE
exec "$@"
