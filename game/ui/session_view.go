package ui

import (
	"time"

	"bindingwords/game/analysis"
	"bindingwords/game/replay"
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
func (s *Session) Public() rules.View { return s.m.Public() }

// Own is the private view of the delegation that has the device now
// ([Session.Unlocked]) and true; with nobody unlocked it is the
// spectator's view and false. Every private figure a screen shows comes
// from here, so a screen cannot pick another delegation's brief: the
// match's privacy lock decides.
func (s *Session) Own() (rules.View, bool) { return s.m.Own() }

// Scenario is the public part of the scenario being played: titles,
// parties, news cards, questions and reality notes.
func (s *Session) Scenario() *rules.PublicScenario { return s.Public().Scenario() }

// Hash is the state hash of the game, for the trace the e2e test follows.
func (s *Session) Hash() string { return s.m.Hash() }

// Steps is the number of moves played so far.
func (s *Session) Steps() int { return s.m.Steps() }

// Register tells st which scenario this game is played from (path is its
// file, or "" for a built-in one), so that saves of it load again.
func (s *Session) Register(st *save.Store, path string) { st.RegisterScenario(s.m.Scenario(), path) }

// Autosave writes the game to st's autosave, with its seats and its
// round timer.
func (s *Session) Autosave(st *save.Store) error {
	return st.Autosave(s.m.Game(), s.m.RecordSeats(), s.m.Clock())
}

// SaveAs saves the game in st under name and returns the file it went to.
func (s *Session) SaveAs(st *save.Store, name string) (string, error) {
	return st.SaveAs(name, s.m.Game(), s.m.RecordSeats(), s.m.Clock())
}

// analysisJob returns the work of analysing what the table allowed, to be
// run in the background: it captures what it needs now, so it shares
// nothing with the session once it runs.
func (s *Session) analysisJob() func() *analysis.Analysis {
	sc, parties := s.m.Scenario(), s.Public().Parties()
	return func() *analysis.Analysis { return analysis.Analyze(sc, analysis.Options{Parties: parties}) }
}

// exportJob returns the work of writing the debrief out, dated now, to be
// run in the background. It reads the game, which must not change
// meanwhile: the debrief's game is over.
func (s *Session) exportJob(now time.Time) func() (*export, error) {
	sc, g, seats := s.m.Scenario(), s.m.Game(), s.m.RecordSeats()
	return func() (*export, error) { return buildExport(sc, g, seats, now) }
}

// timeline lays the game out for the replay screen, verified move by
// move; each step it shows is a frozen match of the game as it stood.
func (s *Session) timeline() (*replay.Timeline, error) { return replay.Of(s.m.Scenario(), s.m.Game()) }
