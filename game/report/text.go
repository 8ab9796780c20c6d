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

	"debrief.title":     "Debrief: {title}",
	"debrief.kicker":    "Binding Words · debrief",
	"debrief.meta":      "Round {round} of {rounds} · seed {seed}",
	"debrief.unchecked": "Not checked: this save is of an older format, so the reasons quoted here and who played each delegation are the file's own words — the moves and scores were checked, these were not.",
	"debrief.earlier":   "Played with an earlier version of {title}: the scenario has changed since this game, and this report follows the version the save carries.",
	"footer":            "Made with Binding Words. The scores come from the delegations' private briefs: share them after the game.",

	"teacher.header": "TEACHER'S COPY · GAME NOT OVER · REVEALS EVERY DELEGATION'S PRIVATE BRIEF",
	"teacher.notice": "Teacher's copy: the game is not over, and this report reveals every delegation's private brief — its reservation value (BATNA) and what the draft is worth to it. Do not show it to the class until the game has ended.",
	"teacher.title":  "Teacher's copy — {title}",

	"h.summary":    "What happened",
	"h.outcome":    "Outcome",
	"h.broken":     "Public commitments broken",
	"h.kept":       "Public commitments kept",
	"h.scores":     "Each delegation's result",
	"h.value":      "Value left on the table",
	"h.nash":       "What a Nash bargain would have looked like",
	"h.text":       "The final text, clause by clause",
	"h.draft.text": "The last draft, clause by clause (nothing was signed)",
	"h.polls":      "Public opinion",
	"h.reasons":    "What the AI delegates said",
	"h.questions":  "Discussion questions",
	"h.reality":    "What happened in reality",

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
	"col.draft":      "Last draft",
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

	"scores.intro":     "Each delegation scores the points of its private table for the final text if the agreement is in force for it, and its reservation value (its BATNA, the best it can do without an agreement) otherwise.",
	"scores.projected": "The game is not finished: these are the scores each delegation would get if the draft as it stands entered into force.",
	"scores.caption":   "Bars: score. Pale track: the best score the delegation could reach with any text. Black tick: its BATNA.",
	"scores.note":      "Gain is the score minus the BATNA. Advantage is the share of the way from the BATNA (0%) to the delegation's best possible text (100%). Nash is what the Nash bargain (below) would have given it.",

	"value.joint":            "Together the delegations gained {joint} points over their BATNAs, out of {max} that the best text every required signatory could sign and ratify would have given: {pct} of what was possible.",
	"value.left":             "Value left on the table: {left} points.",
	"value.beyond":           "Together the delegations gained {joint} points over their BATNAs, more than the {max} that the best text in the zone of possible agreement would have given. The zone judges each vote at home by the polls as they stood at the start; in this game the publics moved (public statements, news), and a text outside the zone was ratified.",
	"value.nozopa":           "No text could satisfy every required signatory: there was no zone of possible agreement (ZOPA), so no agreement could have left everyone better off.",
	"value.zopa":             "Zone of possible agreement: {n} complete texts every required signatory could sign and ratify.",
	"value.inexact":          "(The search was cut short: this is a lower bound.)",
	"value.pareto":           "Distance to the Pareto frontier: {d} (0 means no text could have made one delegation better off without making another worse off; 1 is the distance from a BATNA to a best text).",
	"value.nash.intro":       "The Nash bargain is the text inside the ZOPA that maximises the product of the required signatories' gains: a benchmark for a fair and efficient deal. Where it reads otherwise than the final text:",
	"value.nash.intro.draft": "The Nash bargain is the text inside the ZOPA that maximises the product of the required signatories' gains: a benchmark for a fair and efficient deal. Nothing was signed; where it reads otherwise than the last draft:",

	"text.intro":      "Each article as it reads at the end, then, for each clause, every item tabled on it: who proposed what, in which round, how each delegation voted, and whether it was adopted. [Brackets] mark a clause still in dispute.",
	"article.heading": "Article {n}. {title}",
	"briefing.omits":  "(nothing: the phrase is left out)",
	"text.dropped":    "fell out of the text: a clause was still in brackets",
	"text.chair":      "chair's text",
	"text.final":      "final",
	"text.bracketed":  "in brackets",
	"text.package":    "In a package with:",
	"text.tabled":     "tabled it",
	"text.adopted":    "adopted",
	"text.failed":     "failed",
	"text.unchanged":  "no amendment was tabled",
	"text.settle":     "settle on “{to}” (out of brackets)",

	"polls.intro":   "Each public's support for the draft, from the start of the game to the last poll, with the support the draft needed from it at each poll (dashed red: it steps where simulated news or a change of legal form moved the bar, and stops where the draft needed no vote). Below each chart, the main reasons for each round's move.",
	"polls.caption": "From {start}% to {end}%.",
	"polls.needs":   "{label} needs {value}%.",
	"polls.moved":   "{label} needed {from}% at the start and {value}% at the end: simulated news moved the bar.",

	"polls.moved.md":              "{label} needed {from}% at the start, then {steps}: simulated news moved the bar.",
	"polls.earlier.start":         "As {form} the draft needed {value}% at the start.",
	"polls.earlier.until":         "As {form} the draft needed {value}% until round {to}.",
	"polls.earlier.between":       "As {form} the draft needed {value}% from round {from} to round {to}.",
	"polls.earlier.moved":         "As {form} the draft needed {first}%, then {value}% after simulated news, until round {to}.",
	"polls.earlier.moved.between": "As {form} the draft needed {first}%, then {value}% after simulated news, from round {from} to round {to}.",
	"polls.step":                  "{value}% from round {round}",
	"outcome.noreading":           "No text is in force, so these are the values without an agreement; the readings written for a text in force do not apply.",
	"value.dropped":               "fell out of the text",
	"commit.none":                 "No delegation made a public commitment.",

	"reasons.intro": "Every move of an AI delegate came with a one-line reason, shown at the table. Here they are in order of play.",
	"round.short":   "R{n}",
	"round.long":    "Round {n}",

	"chart.poll.aria":     "Support of {public} by round",
	"chart.round":         "R{n}",
	"chart.start":         "Start",
	"chart.threshold":     "{label}: {value}%",
	"chart.scores.aria":   "Each delegation's score against its BATNA and best",
	"chart.scores.legend": "BATNA",

	// Handouts.
	"footer.handout":  "Binding Words · a classroom negotiation game about the wording of security guarantees.",
	"brief.private":   "PRIVATE — {party} only",
	"brief.title":     "Private brief: {party}",
	"brief.kicker":    "private brief",
	"briefing.title":  "Public briefing",
	"briefing.kicker": "Binding Words · public briefing for every delegation",
	"guide.header":    "TEACHER'S GUIDE — not for students",
	"guide.title":     "Teacher's guide",
	"guide.kicker":    "Binding Words · teacher's guide and answer key",
	"guide.lead":      "How to run this scenario in a 45- or 90-minute lesson, how to debrief it, and what each delegation really wants. Keep the answer key away from the class until the debrief.",

	"h.brief":        "Your instructions",
	"h.objectives":   "Your objectives",
	"h.numbers":      "Your numbers",
	"h.points":       "Your scoring table",
	"h.situation":    "The situation",
	"h.delegations":  "The delegations",
	"h.rules":        "How the game is played",
	"h.draft":        "The chair's draft",
	"h.attributes":   "What the publics look at",
	"h.forms":        "Legal forms",
	"h.rules1":       "The rules on one page",
	"h.timing":       "Timing plans: one device per team, one screen, or solo",
	"h.rundebrief":   "How to run the debrief",
	"h.key":          "Answer key",
	"h.interests":    "Each delegation's interests",
	"h.nashtext":     "The Nash bargain",
	"h.maxjointtext": "The text with the greatest joint gain",
	"h.historical":   "The historical wordings",

	"brief.batna":         "Your BATNA",
	"brief.batna.note":    "your score if there is no agreement in force for you. Never accept less.",
	"brief.best":          "Your best possible score",
	"brief.best.note":     "every clause worded your way. Nobody gets that: look for trades.",
	"brief.redlines":      "Red lines",
	"brief.redlines.note": "you can never sign a text that contains these.",
	"brief.noredlines":    "none",
	"brief.publics":       "You answer to",
	"brief.ratify":        "Ratification at home",
	"brief.points.intro":  "Your points for every wording of every clause, if the agreement is in force for you. Your highest in each clause is in bold; the chair's opening wording is marked. Do not show this page to other delegations.",
	"brief.chair":         "chair's text",
	"brief.redline":       "red line",
	"brief.links":         "Linked wordings",
	"brief.links.note":    "on top of your points for each wording.",
	"brief.link":          "{points} if “{a}” ({aslot}) and “{b}” ({bslot}) are both in the text",
	"col.wording":         "Wording",
	"col.points":          "Points",
	"col.publics":         "Answers to",
	"col.ratify":          "Ratification at home, by legal form",
	"col.minute":          "At",
	"col.minutes":         "Minutes",
	"col.what":            "What happens",
	"col.maxjoint":        "Max. joint",
	"col.priorities":      "Cares most about",

	"briefing.optional":    "optional: may be left out in a small class",
	"briefing.draft.intro": "The chair opens with this text. Each disputed clause can be worded in several ways; the publics judge each wording by its attributes. Clauses in [brackets] are still disputed: if they are not settled before signing, their article falls out of the text.",
	"briefing.form":        "as drafted: {form}",
	"rat.vote":             "{label} ({value}% of {public})",
	"rat.none":             "no vote needed",

	"rules.adoption.all":      "An item is adopted only if every delegation votes yes: one no stops it.",
	"rules.adoption.must":     "An item is adopted if {must} {vote} yes and {quota}.",
	"rules.adoption.mustonly": "An item is adopted if {must} {vote} yes, whatever the other delegations vote.",
	"rules.adoption.quota":    "An item is adopted if {quota}.",
	"rules.adoption.free":     "Every item is adopted, whatever the votes: a vote only shows where each delegation stands.",
	"rules.adoption.proposer": "The delegation that tabled an item counts as voting yes, and a delegation not taking part is left out of the count.",
	"rules.adoption.secret":   "The vote is secret: everyone learns how many voted yes and how many no, and each delegation sees its own vote, but nobody learns who voted how.",
	"rules.adoption.brackets": "A failed item puts its clauses in [brackets].",
	"rules.vote.one":          "votes",
	"rules.vote.two":          "both vote",
	"rules.vote.many":         "all vote",
	"quota.others.majority":   "more than half of the other delegations vote yes too",
	"quota.others.twothirds":  "at least two-thirds of the other delegations vote yes too",
	"quota.others.all":        "every other delegation votes yes too",
	"quota.majority":          "more than half of the delegations vote yes",
	"quota.twothirds":         "at least two-thirds of the delegations vote yes",
	"rules.signing.min":       "The agreement forms if at least {n} delegations sign.",
	"rules.signing":           "The agreement forms if {required} {sign}, and at least {n} delegations in all.",
	"rules.sign.one":          "signs",
	"rules.sign.two":          "both sign",
	"rules.sign.many":         "all sign",

	"rules.rounds":            "The game has {n} rounds. Each round: news, then the table, then the press, then the polls.",
	"rules.news":              "News: a news card may move a public, change what it cares about or raise the bar at home. News reports the world; nobody plays it.",
	"rules.table":             "The table: in turn, each delegation may table one amendment (one clause to another wording) or a package of up to {max} linked changes, or pass. Every item is put to the vote at once; a delegation may also call for signature at any time.",
	"rules.together":          "In a class where each team has its own device, every delegation chooses at once: all may table in the same window, all vote on an item together, and statements and signatures are made together. Each choice stays sealed until every delegation has made it; then the choices take effect in an order that rotates each round. When the round timer runs out, whoever is still choosing passes, votes no or says nothing.",
	"rules.press":             "The press: each delegation makes one statement: reassure its own public (+{reassure} points, less each time), address another country's public, commit publicly on a wording (its public punishes it by {audience} points if it later signs a text that breaks the commitment), leak the draft, or say nothing.",
	"rules.polls":             "The polls: every public moves toward its verdict on the current draft, and the poll chart grows one point.",
	"rules.end":               "The end: after the last round, or earlier when every delegation calls for signature and nothing is in brackets, the text is opened for signature. An article with a clause still in brackets falls out.",
	"rules.ratify":            "Each signatory then ratifies as the document's legal form demands: each vote at home passes if the public's support reaches its threshold.",
	"rules.inforce":           "The agreement enters into force once {n} signatories have ratified it{including}; it is then in force for those that ratified.",
	"rules.inforce.majority":  "The agreement enters into force once a majority of its signatories have ratified it{including}; it is then in force for those that ratified.",
	"rules.inforce.including": ", including {parties}",
	"rules.score":             "Each delegation scores its points for the final text if the agreement is in force for it, and its BATNA otherwise.",
	"guide.rules.note":        "The game does the counting: the table shows whose turn it is, every vote, the polls and the thresholds. You run the clock.",

	"plan.title":       "{n}-minute lesson",
	"plan.intro":       "Introduce the game and the scenario; form the delegations; teams join the host from their devices.",
	"plan.briefs":      "Teams join from their devices and read their one-page summaries (about {n} minutes) while you read the public briefing aloud; the long brief was homework.",
	"plan.briefs.long": "Teams read their long private briefs (about {n} minutes) and agree a strategy: their priorities, their red lines, what they can trade.",
	"plan.rounds":      "{n} rounds and the signing, every team choosing at once, with a {timer}-minute round timer. A scripted class of five teams took {mean} minutes on average and {worst} at worst; a round takes about 4.",
	"plan.debrief":     "Debrief: project the results and discuss (see below).",
	"plan.note":        "Every figure was measured on The Berlin Guarantees with its five core delegations (the project's docs/class-timing.md); a case with more delegations takes longer. When the round timer runs out, every team still choosing passes, votes no or says nothing to the press: give a one-minute warning. A 4-minute timer cuts more than half the rounds. Over two 45-minute lessons, stop after round 6 (the game is saved after every phase: Host a class, then Game: Go on, or the host's --resume, goes on with it) and play rounds 7 to 10 and the debrief next time.",

	"debrief.step1": "Show the outcome: did the agreement form, was it ratified, and what do the indicators say about deterrence, risk and cost?",
	"debrief.step2": "Reveal the scores. Ask each delegation to read out its BATNA and its score: who did better than without an agreement, and who did not?",
	"debrief.step3": "Walk through the final text clause by clause: who changed what, and which packages made trades possible?",
	"debrief.step4": "Look at the poll charts: which moves, statements and commitments cost or won support at home, and did any public commitment become a trap?",
	"debrief.step5": "Show the value left on the table: the class's joint gain against the best possible, and where the Nash bargain reads otherwise.",
	"debrief.step6": "Compare with reality, using the historical wordings, and close with one or two discussion questions.",

	"key.intro":      "Computed from the scenario's private tables for the delegations above, as the game's analyze command and the class's debrief compute them. The zone of possible agreement (ZOPA) counts the complete texts that every required signatory can sign (no red line, at least its BATNA) and that each of them would ratify at home once its publics have drifted toward their verdict on that text for {polls} polls from their starting support.",
	"key.texts":      "Possible texts",
	"key.zopa":       "Texts in the ZOPA",
	"key.zopa.note":  "a small number means a hard negotiation.",
	"key.frontier":   "Texts on the Pareto frontier",
	"key.maxjoint":   "Best joint gain in the ZOPA",
	"key.priority":   "{clause}: “{option}” ({spread} points at stake)",
	"key.nash.intro": "The text in the ZOPA that maximises the product of the required signatories' gains: a fair and efficient benchmark to compare the class's text with.",
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

// articleHeading heads an article on paper as the window does: "Article
// 5. Collective defence", its title alone when it has no number.
func articleHeading(number, title string) string {
	if number == "" {
		return title
	}
	return T("article.heading", "n", number, "title", title)
}
