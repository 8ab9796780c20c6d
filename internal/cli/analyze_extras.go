package cli

import (
	"fmt"
	"io"
	"strings"

	"bindingwords/game/rules"
)

// printFormatExtras notes the parts of the format that change what the
// figures below mean, when a scenario uses them: links (every score below
// counts them) and an entry-into-force rule of the scenario's own (the
// ZOPA still asks every required signatory to accept a text, while the
// agreement may enter into force without some of them).
func printFormatExtras(w io.Writer, sc *rules.Scenario) {
	var links []string
	for p := range sc.Parties {
		if n := len(sc.Briefs[p].Links); n > 0 {
			links = append(links, fmt.Sprintf("%s %d", sc.Parties[p].ID, n))
		}
	}
	if len(links) > 0 {
		fmt.Fprintf(w, "Links (points for two wordings together), counted in every score below: %s\n", strings.Join(links, ", "))
	}
	e := sc.EntryIntoForce
	if !e.Set {
		return
	}
	need := fmt.Sprintf("%d ratifications", e.Ratifications)
	if e.Majority {
		need = "a majority of the signatories' ratifications"
	}
	if len(e.Including) > 0 {
		need += ", including " + partyIDs(sc, e.Including)
	}
	fmt.Fprintf(w, "Entry into force: %s; the ZOPA below still asks every required signatory to accept a text\n", need)
}
