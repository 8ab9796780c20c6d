package cli

import (
	"fmt"
	"os"
	"path/filepath"
)

// An input is a file a command reads, and what to call it in a message.
type input struct {
	path, what string
}

// overwrites says, ready for a usage error, which input the output file
// out is, if it is one: a command must never write over what it reads
// ("report S.bws --out S.bws --format html" would replace the save with
// its own report). "-" (standard output) and empty paths are never files.
func overwrites(out string, inputs ...input) (string, bool) {
	for _, in := range inputs {
		if sameFile(out, in.path) {
			return fmt.Sprintf("%s is %s: writing there would destroy it; choose another file", out, in.what), true
		}
	}
	return "", false
}

// sameFile reports whether out names the same file as in: the same file
// on disk (another spelling of the path, a symbolic or hard link), or,
// when either does not exist yet, the same cleaned absolute path.
func sameFile(out, in string) bool {
	if out == "" || in == "" || out == "-" || in == "-" {
		return false
	}
	oi, errO := os.Stat(out)
	ii, errI := os.Stat(in)
	if errO == nil && errI == nil {
		return os.SameFile(oi, ii)
	}
	a, errA := filepath.Abs(out)
	b, errB := filepath.Abs(in)
	return errA == nil && errB == nil && a == b
}
