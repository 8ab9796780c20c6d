package cli

import (
	"fmt"
	"os"
	"testing"
)

// TestMain runs the tests from the module root, where a user runs the
// commands, so the paths in them read as typed
// ("scenarios/testdata/good/minimal.yaml") and show in messages as such.
func TestMain(m *testing.M) {
	if err := os.Chdir("../.."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}
