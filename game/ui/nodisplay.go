package ui

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// noDisplay turns Ebitengine's failure to find a window system into what
// the person at the terminal can do about it. On Linux and the BSDs the
// library, finding no X11 or Wayland session, falls back to the console
// framebuffer and reports that /dev/fb0 cannot be opened — true, but it
// names the last thing tried, not what is missing.
func noDisplay(err error) error {
	if err == nil || !strings.Contains(err.Error(), "no window system") {
		return err
	}
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
	default:
		return err
	}
	why := "no desktop session was found"
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		why = "no desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set, as over SSH or on a server)"
	}
	return fmt.Errorf("the game window cannot open: %s.\n"+
		"  - Start the game from a desktop session (X11 or Wayland), or over SSH with X forwarding (ssh -X).\n"+
		"  - To play in a browser instead, build the browser version: bash scripts/build-web.sh, then serve the web/ folder (see the README).\n"+
		"  - To host a class without a window: bindingwords host (the teams join from their browsers).\n"+
		"  - The tools need no window: bindingwords help lists them.\n"+
		"(Details: %v)", why, err)
}
