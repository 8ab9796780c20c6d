// Package browsertest finds the Chromium the project's browser tests drive
// (the printed debrief, the team page, the browser build) and gives each
// run a profile folder of its own. It is for tests only; the one policy on
// a missing browser lives here, so no test passes untested by accident.
package browsertest

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// Chromium is the path of a Chromium (or Chrome) to drive. A missing
// browser fails the test, since scripts/test.sh installs one; only where
// BW_SKIP_BROWSER=1 says a missing browser is expected (the test script
// sets it when it cannot install one) is the test skipped.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("BW_SKIP_BROWSER") == "1" {
		t.Skip("no Chromium, and BW_SKIP_BROWSER=1")
	}
	t.Fatal("no Chromium: install it (scripts/test.sh does) or set BW_SKIP_BROWSER=1")
	return ""
}

// Profile is a folder for Chromium's profile, removed after the test. Not
// under t.TempDir: Chromium's helper processes may still write into it for
// a moment after the browser is gone, and TempDir's cleanup then fails the
// test ("directory not empty", about one run in five).
func Profile(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "bindingwords-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 50 {
			if os.RemoveAll(dir) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("could not remove %s", dir)
	})
	return dir
}
