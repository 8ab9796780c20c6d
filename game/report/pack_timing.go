package report

import (
	"strings"

	"bindingwords/game/rules"
)

// A Mode is one way of playing in class, with its lesson plans and what
// they rest on.
type Mode struct {
	Title, Setup string
	Plans        []Plan
	// Measured says what was measured and how; Assume what was assumed.
	Measured, Assume string
}

// A Plan is a lesson timing plan.
type Plan struct {
	Minutes int
	Steps   []PlanStep
}

// A PlanStep is one block of a lesson.
type PlanStep struct {
	At, Minutes int
	What        string
}

// Reading is how long one text takes to read.
type Reading struct {
	Party          string
	Words, Minutes int
	// SummaryWords and SummaryMinutes are the one-page summary's.
	SummaryWords, SummaryMinutes int
}

// ReadingWPM is the reading speed the plans assume for a 15-year-old
// reading a brief carefully, to act on it: about the median of
// eighth-graders reading aloud at the end of the year (151 words correct
// a minute; Hasbrouck & Tindal 2006, The Reading Teacher 59(7)), well
// below adults' silent reading of non-fiction (238 a minute; Brysbaert
// 2019, Journal of Memory and Language 109). Studying a brief is slower
// than reading a story, so the figure is kept at the careful end.
const ReadingWPM = 150

// words counts the words of texts as a reader meets them.
func words(texts ...string) int {
	n := 0
	for _, t := range texts {
		n += len(strings.Fields(t))
	}
	return n
}

// readMinutes is the whole minutes to read n words at [ReadingWPM].
func readMinutes(n int) int { return max(1, (n+ReadingWPM-1)/ReadingWPM) }

// briefReading is party p's private brief and its one-page summary:
// the brief's prose and objectives (the scoring table is looked up, not
// read through), the summary as printed.
func briefReading(sc *rules.Scenario, p int) Reading {
	b := &sc.Briefs[p]
	n := words(append([]string{b.Text}, b.Objectives...)...)
	sw := summaryWords(summaryData(sc, p))
	return Reading{Party: sc.Parties[p].Name, Words: n, Minutes: readMinutes(n), SummaryWords: sw, SummaryMinutes: readMinutes(sw)}
}

// briefingReading is the public briefing's situation and rules.
func briefingReading(ps *rules.PublicScenario) Reading {
	n := words(append([]string{ps.Summary, ps.Briefing}, RulesText(ps)...)...)
	return Reading{Words: n, Minutes: readMinutes(n)}
}

// The plans are measured, not guessed, with internal/classsim on the
// real host (figures and method in docs/class-timing.md), the teams'
// decision times drawn from 20–40 s to vote, 60–120 s to table an
// amendment (20–40 s to pass), 30–60 s for a press statement and 20–40 s
// to sign, for The Berlin Guarantees' five core delegations:
//
//   - one device a team, every team choosing at once (bash
//     scripts/class.sh): a round 4.2 minutes on average; six rounds and
//     the signing 25.7 on average, 29.3 at worst in 30 games; ten rounds
//     43.0 and 47.6. A 5-minute round timer caps the play at 30 and 50.
//   - one screen, teams taking turns (classsim -turns -handover 10,20:
//     every decision waits for the one before, plus 10–20 s to come to
//     the keyboard): a round about 20 minutes, six rounds 120.5 on
//     average (134.4 worst, 6 games). At a brisk pace (-slower 0.5: half
//     the thinking time, the same handover), 10 games each unless said:
//     three rounds 39.7 and 48.4, four rounds 51.6 and 58.1, six rounds
//     76.7 and 85.1 (6 games); three rounds with three teams (us,
//     ukraine, germany) and France and Poland played by AI delegates 28.5
//     and 33.8.
//   - one student against AI delegates (classsim -turns -parties us -ai
//     ukraine,germany,france,poland): six rounds 20.1 on average, 22.6
//     at worst in 10 games; as Ukraine 20.2 and 24.3. On screen each AI
//     move stays 1.2 s (match.PaceTicks) unless Space skips it: four AI
//     delegates make about 19 moves a round (a turn at the table, a vote
//     on each of some 2.75 items, a statement), some 2.3 minutes a game.
const (
	planTimer                  = 5 // minutes a round
	planRounds45, planRounds90 = 6, 10
	planMean45, planWorst45    = 26, 29
	planMean90, planWorst90    = 43, 48

	hotSlowRound                            = 20
	hotMean3, hotWorst3                     = 40, 48
	hotRounds4, hotMean4, hotWorst4         = 4, 52, 58
	hotMean6, hotWorst6                     = 77, 85
	hot3Teams, hot3Mean, hot3Worst          = 3, 29, 34
	soloRounds, soloMean, soloWorst, soloAI = 6, 20, 24, 3
)

// modes are the timing plans for the three ways of playing.
func modes(sc *rules.Scenario, reading []Reading) []Mode {
	longest, summary := 0, 0
	for _, r := range reading {
		longest, summary = max(longest, r.Minutes), max(summary, r.SummaryMinutes)
	}
	host := Mode{Title: T("mode.host"), Setup: T("mode.host.setup"), Plans: []Plan{hostPlan(45, summary), hostPlan(90, longest)},
		Measured: T("mode.host.measured", "timer", planTimer, "mean", planMean45, "worst", planWorst45, "mean90", planMean90, "worst90", planWorst90),
		Assume:   T("mode.host.assume")}
	hot := Mode{Title: T("mode.hot"), Setup: T("mode.hot.setup"), Measured: T("mode.hot.measured", "slow", hotSlowRound,
		"mean3", hotMean3, "worst3", hotWorst3, "mean4", hotMean4, "worst4", hotWorst4, "mean6", hotMean6, "worst6", hotWorst6,
		"teams", hot3Teams, "mean3t", hot3Mean, "worst3t", hot3Worst),
		Assume: T("mode.hot.assume")}
	hot.Plans = []Plan{
		lesson(45, step(5, T("plan.hot.brief", "n", summary)), step(30, T("plan.hot.rounds3", "teams", hot3Teams, "mean", hot3Mean, "worst", hot3Worst))),
		lesson(90, step(5, T("plan.intro.hot")), step(max(10, longest+3), T("plan.briefs.long", "n", longest)),
			step(55, T("plan.hot.rounds", "n", hotRounds4, "mean", hotMean4, "worst", hotWorst4))),
	}
	solo := Mode{Title: T("mode.solo"), Setup: T("mode.solo.setup"), Measured: T("mode.solo.measured", "n", soloRounds, "mean", soloMean, "worst", soloWorst, "ai", soloAI),
		Assume: T("mode.solo.assume")}
	solo.Plans = []Plan{lesson(45, step(longest, T("plan.solo.brief", "n", longest)), step(soloWorst+soloAI, T("plan.solo.rounds", "n", soloRounds, "mean", soloMean, "worst", soloWorst+soloAI)))}
	_ = sc
	return []Mode{host, hot, solo}
}

// step is a block of n minutes doing what.
func step(n int, what string) PlanStep { return PlanStep{Minutes: n, What: what} }

// lesson lays steps end to end and gives what is left of the lesson to
// the debrief.
func lesson(minutes int, steps ...PlanStep) Plan {
	pl := Plan{Minutes: minutes}
	at := 0
	for _, s := range steps {
		s.At = at
		at += s.Minutes
		pl.Steps = append(pl.Steps, s)
	}
	pl.Steps = append(pl.Steps, PlanStep{At: at, Minutes: minutes - at, What: T("plan.debrief")})
	return pl
}

// hostPlan divides a 45- or 90-minute lesson on the class's own devices
// as the "Host a class" presets play it: 6 rounds for one lesson, 10
// over two, with a 5-minute round timer. One lesson reads the one-page
// summaries at the table (the long brief is homework); two lessons read
// the long brief in class.
func hostPlan(minutes, read int) Plan {
	if minutes >= 90 {
		return lesson(minutes, step(5, T("plan.intro")), step(max(10, read+3), T("plan.briefs.long", "n", read)),
			step(planRounds90*planTimer, T("plan.rounds", "n", planRounds90, "timer", planTimer, "mean", planMean90, "worst", planWorst90)))
	}
	return lesson(minutes, step(5, T("plan.briefs", "n", read)),
		step(planRounds45*planTimer, T("plan.rounds", "n", planRounds45, "timer", planTimer, "mean", planMean45, "worst", planWorst45)))
}
