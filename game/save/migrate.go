package save

import (
	"bytes"
	"fmt"

	"bindingwords/game/rules"
)

// A migration turns a file of one version into the next version. It
// returns the new bytes and the number of lines it added before the old
// content, so that messages can still point at lines of the original.
type migration func(name string, data []byte) (out []byte, added int, err error)

// migrations[v] turns version v into version v+1. Reading chains them, so
// a file of any old version is read by the current parser only.
var migrations = map[int]migration{
	1: migrate1to2,
	// Version 3 only adds the optional timer line to version 2's header,
	// so a version 2 file is read as it is (its checksum still holds).
	2: same,
	// Version 4 holds a record of format 2, with its text chain; the
	// current parser reads a record of either format, and [Parse] makes
	// sure a file of version 4 or later holds a chained one.
	3: same,
	// Version 5 adds the scenario section (embed.go), which is optional:
	// a version 4 file is read as it is and names its scenario only.
	// Writing it again writes version 5, with the scenario's text when
	// it is at hand and is the content the game was played on.
	4: same,
}

func same(_ string, data []byte) ([]byte, int, error) { return data, 0, nil }

// migrate1to2 wraps a bare game record (version 1) in the version 2
// header, with the delegations taken from its seats, and an end line.
// Version 1 had no end line, so a version 1 file cut at a line boundary
// parses as a shorter game: nothing in the file can tell. [Replay]
// therefore refuses a version 1 file whose game is not over.
func migrate1to2(name string, data []byte) ([]byte, int, error) {
	r, err := rules.ParseRecord(data)
	if err != nil {
		return nil, 0, recordError(name, err)
	}
	var b bytes.Buffer
	b.WriteString("bindingwords-save 2\n")
	b.WriteString("# migrated from save format 1 (a bare game record)\n")
	for _, s := range r.Seats {
		fmt.Fprintf(&b, "delegation %s %s\n", s.Party, s.Kind)
	}
	added := bytes.Count(b.Bytes(), []byte{'\n'})
	b.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		b.WriteByte('\n')
	}
	writeEnd(&b, len(r.Steps))
	return b.Bytes(), added, nil
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
