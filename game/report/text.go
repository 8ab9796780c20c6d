package report

import (
	"fmt"
	"strings"
)

// en holds every English string of the exported debrief and the
// handouts, by key. Placeholders are {name}, filled by [T] from pairs of
// name and value, so a translation may reorder them.
var en = map[string]string{
	"outcome.unfinished":  "The game is not finished: this is how it stands.",
	"outcome.inforce":     "The agreement is in force.",
	"outcome.notratified": "The agreement was signed but not ratified.",
	"outcome.none":        "No agreement.",

	"debrief.title":  "Debrief: {title}",
	"debrief.kicker": "Binding Words · debrief",
	"debrief.meta":   "Round {round} of {rounds} · seed {seed}",
	"footer":         "Made with Binding Words. The scores come from the delegations' private briefs: share them after the game.",

	"h.outcome":   "Outcome",
	"h.broken":    "Broken public commitments",
	"h.scores":    "Each delegation's result",
	"h.value":     "Value left on the table",
	"h.nash":      "What a Nash bargain would have looked like",
	"h.text":      "The final text, clause by clause",
	"h.polls":     "Public opinion",
	"h.reasons":   "What the AI delegates said",
	"h.questions": "Discussion questions",
	"h.reality":   "What happened in reality",

	"col.indicator":  "Indicator",
	"col.value":      "Value",
	"col.band":       "Reading",
	"col.delegation": "Delegation",
	"col.seat":       "Played by",
	"col.score":      "Score",
	"col.batna":      "BATNA",
	"col.best":       "Best",
	"col.gain":       "Gain",
	"col.advantage":  "Advantage",
	"col.nash":       "Nash",
	"col.signed":     "Signed",
	"col.clause":     "Clause",
	"col.final":      "Final text",
	"col.nashtext":   "Nash bargain",
	"col.item":       "Item",
	"col.proposed":   "Tabled by",
	"col.change":     "Change",
	"col.votes":      "Votes",
	"col.result":     "Result",

	"yes":        "yes",
	"no":         "no",
	"ratified":   "ratified",
	"seat.human": "students",
	"seat.ai":    "AI ({level})",
	"source":     "Source:",

	"scores.intro":   "Each delegation scores the points of its private table for the final text if the agreement is in force for it, and its reservation value (its BATNA, the best it can do without an agreement) otherwise.",
	"scores.caption": "Bars: score. Pale track: the best score the delegation could reach with any text. Black tick: its BATNA.",
	"scores.note":    "Gain is the score minus the BATNA. Advantage is the share of the way from the BATNA (0%) to the delegation's best possible text (100%). Nash is what the Nash bargain (below) would have given it.",

	"value.joint":      "Together the delegations gained {joint} points over their BATNAs, out of {max} that the best text every required signatory could sign and ratify would have given: {pct} of what was possible.",
	"value.left":       "Value left on the table: {left} points.",
	"value.nozopa":     "No text could satisfy every required signatory: there was no zone of possible agreement (ZOPA), so no agreement could have left everyone better off.",
	"value.zopa":       "Zone of possible agreement: {n} complete texts every required signatory could sign and ratify.",
	"value.inexact":    "(The search was cut short: this is a lower bound.)",
	"value.pareto":     "Distance to the Pareto frontier: {d} (0 means no text could have made one delegation better off without making another worse off; 1 is the distance from a BATNA to a best text).",
	"value.nash.intro": "The Nash bargain is the text inside the ZOPA that maximises the product of the required signatories' gains: a benchmark for a fair and efficient deal. Where it reads otherwise than the final text:",

	"text.intro":     "Each article as it reads at the end, then, for each clause, every item tabled on it: who proposed what, in which round, how each delegation voted, and whether it was adopted. [Brackets] mark a clause still in dispute.",
	"text.dropped":   "fell out of the text: a clause was still in brackets",
	"text.chair":     "chair's text",
	"text.final":     "final",
	"text.bracketed": "in brackets",
	"text.package":   "In a package with:",
	"text.tabled":    "tabled it",
	"text.adopted":   "adopted",
	"text.failed":    "failed",
	"text.unchanged": "no amendment was tabled",
	"text.settle":    "settle on “{to}” (out of brackets)",

	"polls.intro":   "Each public's support for the draft, from the start of the game to the last poll, with the support each ratification vote needs (dashed). Below each chart, the main reasons for each round's move.",
	"polls.caption": "From {start} to {end}.",
	"polls.needs":   "{label} needs {value}%.",

	"reasons.intro": "Every move of an AI delegate came with a one-line reason, shown at the table. Here they are in order of play.",
	"round.short":   "R{n}",
	"round.long":    "Round {n}",

	"chart.poll.aria":     "Support of {public} by round",
	"chart.round":         "R{n}",
	"chart.start":         "Start",
	"chart.threshold":     "{label}: {value}%",
	"chart.scores.aria":   "Each delegation's score against its BATNA and best",
	"chart.scores.legend": "BATNA",
}

// T returns the string for key with each {name} replaced by the value
// after name in args.
func T(key string, args ...any) string {
	s, ok := en[key]
	if !ok {
		return "[" + key + "]"
	}
	if len(args) == 0 {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+fmt.Sprint(args[i])+"}", fmt.Sprint(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
