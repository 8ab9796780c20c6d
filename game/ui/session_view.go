package ui

import (
	"time"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
	"bindingwords/game/save"
)

// This file is the one seam between the screens and the game they show:
// the screens read the game only through these methods, as views, and
// only these methods hand the game itself to another package (the saves,
// the report and the analysis). Keep it small: a screen that needs a
// number the view lacks gets it added to [rules.View].

// Public is the spectator's view of the game: everything public and
// nothing private, what the projector may show.
func (s *Session) Public() rules.View { return s.G.View(rules.Spectator) }

// Own is the private view of the delegation that has the device now
// ([Session.Unlocked]) and true; with nobody unlocked it is the
// spectator's view and false. Every private figure a screen shows comes
// from here, so a screen cannot pick another delegation's brief.
func (s *Session) Own() (rules.View, bool) {
	if s.Unlocked < 0 || !s.G.Active(s.Unlocked) {
		return s.Public(), false
	}
	return s.G.View(s.Unlocked), true
}

// Scenario is the public part of the scenario being played: titles,
// parties, news cards, questions and reality notes.
func (s *Session) Scenario() *rules.PublicScenario { return &s.Sc.PublicScenario }

// Hash is the state hash of the game, for the trace the e2e test follows.
func (s *Session) Hash() string { return s.G.Hash() }

// Steps is the number of moves played so far.
func (s *Session) Steps() int { return len(s.G.Actions()) }

// Register tells st which scenario this game is played from (path is its
// file, or "" for a built-in one), so that saves of it load again.
func (s *Session) Register(st *save.Store, path string) { st.RegisterScenario(s.Sc, path) }

// Autosave writes the game to st's autosave.
func (s *Session) Autosave(st *save.Store) error { return st.Autosave(s.G, s.RulesSeats()) }

// SaveAs saves the game in st under name and returns the file it went to.
func (s *Session) SaveAs(st *save.Store, name string) (string, error) {
	return st.SaveAs(name, s.G, s.RulesSeats())
}

// analysisJob returns the work of analysing what the table allowed, to be
// run in the background: it captures what it needs now, so it shares
// nothing with the session once it runs.
func (s *Session) analysisJob() func() *analysis.Analysis {
	sc, parties := s.Sc, s.G.Parties()
	return func() *analysis.Analysis { return analysis.Analyze(sc, analysis.Options{Parties: parties}) }
}

// exportJob returns the work of writing the debrief out, dated now, to be
// run in the background. It reads the game, which must not change
// meanwhile: the debrief's game is over.
func (s *Session) exportJob(now time.Time) func() (*export, error) {
	sc, g, seats := s.Sc, s.G, s.RulesSeats()
	return func() (*export, error) { return buildExport(sc, g, seats, now) }
}
