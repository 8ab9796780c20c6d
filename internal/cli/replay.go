package cli

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"bindingwords/game/narrate"
	debrief "bindingwords/game/report"
	"bindingwords/game/rules"
	"bindingwords/game/save"
)

func init() {
	register(command{
		name:    "replay",
		summary: "verify a saved game and print it round by round",
		run:     runReplay,
	})
}

func replayUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: bindingwords replay [--scenario FILE] [-v | --verify] SAVE")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Replay a saved game (a .bws save or a game record), check every state hash")
	fmt.Fprintln(w, "and the text chain over its reasons, and print a readable account of the")
	fmt.Fprintln(w, "game, round by round. Reasons are printed in quotes: they are the seats' words.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  --scenario FILE  the scenario file the game was played on, when it is not")
	fmt.Fprintln(w, "                   built in (or the built-in one has changed since)")
	fmt.Fprintln(w, "  -v               also list every move of public opinion and its reason")
	fmt.Fprintln(w, "  --verify         only verify, and say what was checked and what was not")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 if the save verifies, 1 if it cannot be read or replayed")
	fmt.Fprintln(w, "(the message names the file and what is wrong), 2 for a usage mistake.")
}

func runReplay(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("replay", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	scenario := flags.String("scenario", "", "")
	verbose := flags.Bool("v", false, "")
	verify := flags.Bool("verify", false, "")
	files, code, ok := parseFlags(flags, args, "replay", replayUsage, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return usageError(stderr, "replay", replayUsage, "want one save file, found %d arguments", len(files))
	}
	l, err := save.ReadFileOn(files[0], *scenario)
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords replay: %v\n", err)
		return 1
	}
	fmt.Fprint(stdout, verified(l))
	if *verify {
		return 0
	}
	fmt.Fprintln(stdout)
	writeAccount(stdout, l, *verbose)
	return 0
}

// verified says what loading the save checked, and only that, then what
// it could not check: every state hash (the moves replay to the same
// game); for a record of format 2 on, the text chain over its reasons and
// seats, which an older record lacks; never the header's name and dates,
// which are the file's own words.
func verified(l *save.Loaded) string {
	f := l.Save
	var b strings.Builder
	fmt.Fprintf(&b, "%s: verified (save format %d, %s).\n", l.File, f.Version, count(len(f.Record.Steps), "step", "steps"))
	var not []string
	if f.Record.Chained() {
		b.WriteString("  Checked: every state hash matches (the moves replay to the same game), and so does the text chain over every reason and seat.\n")
	} else {
		b.WriteString("  Checked: every state hash matches (the moves replay to the same game).\n")
		not = append(not, "the reasons and who played each delegation (this older format has no text chain)")
	}
	if f.Scenario != nil {
		// Format 5: no file was needed, and none was opened for the replay.
		b.WriteString("  Scenario: the one the save carries, which is the content the game record names; no scenario file was used.\n")
	}
	if m := f.Meta; m.Name != "" || !m.Saved.IsZero() || !m.Created.IsZero() {
		not = append(not, "the save's name and dates, which are the file's own words")
	}
	if len(not) > 0 {
		fmt.Fprintf(&b, "  Not checked: %s.\n", strings.Join(not, "; "))
	}
	if n := l.EarlierNote(); n != "" {
		fmt.Fprintf(&b, "  %s\n", n)
	}
	return b.String()
}

// quoted is a seat's reason as the account prints it: in quotes, with
// anything that is not plain printable text escaped, so that a reason is
// always visibly data — never a line of the account, never terminal
// control. (Records refuse control characters in reasons; this holds
// whatever a future reader lets through.)
func quoted(reason string) string { return strconv.Quote(reason) }

// line is an event as one sentence, then the seat's reason quoted.
func line(n narrate.Narrator, e rules.Event) string {
	if e.Reason == "" {
		return n.Event(e)
	}
	return n.Event(e) + " — " + quoted(e.Reason)
}

// writeAccount prints the game round by round from its event log, in the
// rules' reference English.
func writeAccount(w io.Writer, l *save.Loaded, verbose bool) {
	sc, g, f := &l.Scenario.PublicScenario, l.Game, l.Save
	n := narrate.New(sc)
	fmt.Fprintf(w, "%s (%s, scenario content %.12s…) · seed %d · %d rounds\n", sc.Title, sc.ID, f.Record.ScenarioHash, g.Seed(), g.Rounds())
	if m := f.Meta; !m.Saved.IsZero() || !save.Blank(m.Name) {
		// The name and the times are the file's own words: nothing
		// covers them, so they are labelled as such.
		fmt.Fprintf(w, "From the file's header (not verified): saved")
		if !m.Saved.IsZero() {
			fmt.Fprintf(w, " %s", m.Saved.Format("2006-01-02 15:04 MST"))
		}
		if !save.Blank(m.Name) {
			fmt.Fprintf(w, " as %s", quoted(m.Name))
		}
		fmt.Fprintln(w, ".")
	}
	var who []string
	for _, s := range l.Seats {
		name := s.Party
		if p := sc.PartyIndex(s.Party); p >= 0 {
			name = sc.Parties[p].Name
		}
		who = append(who, fmt.Sprintf("%s (%s)", name, strings.ReplaceAll(s.Kind, ":", " ")))
	}
	if len(who) > 0 {
		fmt.Fprintf(w, "Delegations: %s.\n", strings.Join(who, ", "))
	}
	items := g.Items()
	var polls []string
	flushPolls := func() {
		if len(polls) > 0 {
			fmt.Fprintf(w, "  Polls: %s.\n", strings.Join(polls, ", "))
			polls = nil
		}
	}
	for _, e := range g.Events() {
		switch e.Kind {
		case rules.EvRoundStarted:
			flushPolls()
			fmt.Fprintf(w, "\nRound %d\n", e.Round)
		case rules.EvPhase:
			switch rules.Phase(e.Value) {
			case rules.PhasePress:
				fmt.Fprintln(w, "  Press:")
			case rules.PhaseSigning:
				flushPolls()
				fmt.Fprintln(w, "\nSigning")
			case rules.PhaseRatification:
				fmt.Fprintln(w, "\nRatification")
			}
		case rules.EvPoll:
			polls = append(polls, fmt.Sprintf("%s %s", sc.Publics[e.Public].Name, rules.Tenths(e.Value, false)))
		case rules.EvSupport:
			if verbose {
				fmt.Fprintf(w, "      %s\n", line(n, e))
			}
		case rules.EvTabled:
			it := items[e.Item]
			var cs []string
			for i, c := range it.Changes {
				s := &sc.Slots[c.Slot]
				if it.Before[i] == c.Option {
					// Tabling the wording already in the text settles a
					// bracketed clause.
					cs = append(cs, fmt.Sprintf("%s: settle on “%s”", s.Name, s.Options[c.Option].Label))
					continue
				}
				cs = append(cs, fmt.Sprintf("%s “%s” → “%s”", s.Name, s.Options[it.Before[i]].Label, s.Options[c.Option].Label))
			}
			tabled := fmt.Sprintf("%s tables item %d: %s.", sc.Parties[e.Party].Name, e.Item+1, strings.Join(cs, "; "))
			if e.Reason != "" {
				tabled += " — " + quoted(e.Reason)
			}
			fmt.Fprintf(w, "  %s\n", tabled)
		case rules.EvVoted:
			fmt.Fprintf(w, "    %s\n", line(n, e))
		case rules.EvEnded:
		default:
			fmt.Fprintf(w, "  %s\n", line(n, e))
		}
	}
	flushPolls()
	if !g.Over() {
		fmt.Fprintf(w, "\nThe game is not over: it stands in round %d, %s phase.\n", g.Round(), g.Phase())
		return
	}
	d := debrief.Build(l.Scenario, g, l.Seats)
	fmt.Fprintf(w, "\nOutcome: %s\n", d.Outcome.Headline)
	for _, ind := range d.Outcome.Indicators {
		fmt.Fprintf(w, "  %s: %d (%s)\n", ind.Name, ind.Value, ind.Band)
	}
	fmt.Fprintln(w, "Scores (points; BATNA; best possible):")
	for _, p := range d.Parties {
		fmt.Fprintf(w, "  %-20s %4d  (BATNA %d, best %d, gain %+d)\n", p.Name, p.Score, p.Reservation, p.Best, p.Score-p.Reservation)
	}
	v := d.Value
	if v.MaxJointGain > 0 {
		fmt.Fprintf(w, "Joint gain %d of a possible %d (%.0f%%): %d points left on the table.\n", v.JointGain, v.MaxJointGain, 100*v.Welfare, v.MaxJointGain-v.JointGain)
	}
}
