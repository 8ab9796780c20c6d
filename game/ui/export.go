package ui

import (
	"time"

	"bindingwords/game/report"
	"bindingwords/game/rules"
)

// An export is the debrief written out for the class to take home: the
// HTML file (self-contained and printable) and its Markdown twin.
type export struct {
	html, md []byte
	htmlName string
	mdName   string
}

// buildExport makes the files. It reads the game only, so it may run
// while the screen goes on drawing; g must not change meanwhile (the
// debrief's game is over).
func buildExport(sc *rules.Scenario, g *rules.Game, seats []rules.Seat, now time.Time) (*export, error) {
	html, err := report.ExportHTML(sc, g, seats, report.Options{})
	if err != nil {
		return nil, err
	}
	return &export{html: html, md: report.ExportMarkdown(sc, g, seats),
		htmlName: report.FileName(&sc.PublicScenario, now, "html"),
		mdName:   report.FileName(&sc.PublicScenario, now, "md")}, nil
}
