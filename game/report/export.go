package report

import (
	"fmt"
	"strings"
	"time"

	"bindingwords/game/rules"
)

// ExportHTML is the debrief screen's export in one call: the game's
// debrief as a self-contained HTML file (for the browser build, the bytes
// to download).
func ExportHTML(sc *rules.Scenario, g *rules.Game, seats []rules.Seat, opt Options) ([]byte, error) {
	return HTML(Build(sc, g, seats), opt)
}

// ExportMarkdown is [ExportHTML]'s Markdown twin.
func ExportMarkdown(sc *rules.Scenario, g *rules.Game, seats []rules.Seat) []byte {
	return Markdown(Build(sc, g, seats))
}

// FileName suggests a name for an exported debrief: the scenario's id and
// the date, e.g. "berlin-debrief-2026-11-22.html"; ext is "html" or "md".
func FileName(sc *rules.PublicScenario, day time.Time, ext string) string {
	return fmt.Sprintf("%s-debrief-%s.%s", fileID(sc.ID), day.Format("2006-01-02"), strings.TrimPrefix(ext, "."))
}
