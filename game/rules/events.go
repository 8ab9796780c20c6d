package rules

// EventKind says what an [Event] reports.
type EventKind uint8

// The kinds of event the engine reports. Every event that changes what a
// player sees says why, through its Cause.
const (
	// EvRoundStarted: Round began.
	EvRoundStarted EventKind = iota + 1
	// EvPhase: the game moved to Phase (Value holds the Phase).
	EvPhase
	// EvNews: news card Card was drawn.
	EvNews
	// EvNoNews: no news card could be drawn this round.
	EvNoNews
	// EvSupport: Public's support moved by Delta tenths to Value.
	EvSupport
	// EvWeight: Public now weighs Attr by Value (Delta changed).
	EvWeight
	// EvThreshold: Party's requirement at Public for Form is now Value points.
	EvThreshold
	// EvTrust: Party's trust moved by Delta to Value.
	EvTrust
	// EvTabled: Party tabled item Item.
	EvTabled
	// EvPassed: Party passed its turn.
	EvPassed
	// EvVoted: Party voted on Item; Value is 1 for yes, 0 for no.
	EvVoted
	// EvAdopted: Item was adopted; its changes are in the text.
	EvAdopted
	// EvRejected: Item failed; Party is the first objector (or -1).
	EvRejected
	// EvTextChanged: Slot now reads Option (Cause: the adopted item).
	EvTextChanged
	// EvBracketed: Slot is now in brackets (Cause: the failed item).
	EvBracketed
	// EvSettled: Slot's brackets were removed (Cause: the adopted item).
	EvSettled
	// EvCall: Party called for signature (Value 1) or withdrew its call (0).
	EvCall
	// EvCallsCleared: the text changed, so every call for signature lapsed.
	EvCallsCleared
	// EvStatement: Party made a press statement (see Press).
	EvStatement
	// EvCommitted: Party committed publicly on Slot/Option (Value is the Stance).
	EvCommitted
	// EvPoll: Public was polled; Value is its support, Delta the verdict.
	EvPoll
	// EvArticleDropped: Article falls out of the text (Cause: a bracketed slot).
	EvArticleDropped
	// EvSigned: Party signed.
	EvSigned
	// EvDeclined: Party declined to sign.
	EvDeclined
	// EvAgreement: the agreement formed (Value 1) or did not (0); Party is
	// a missing required signatory when it did not.
	EvAgreement
	// EvVoteAtHome: Party's ratification vote at Public for Doc (whose
	// form is Form): Value support (tenths) against Threshold (points).
	EvVoteAtHome
	// EvRatified: Party ratified (Value 1) or failed to (0).
	EvRatified
	// EvInForce: the agreement entered into force (Value 1) or not (0).
	EvInForce
	// EvEnded: the game is over.
	EvEnded
	// EvChose: Party made its sealed choice in a step of the together pace
	// (a proposal, a vote, a statement or a signature); what it chose is
	// revealed once everyone has chosen.
	EvChose
	// EvLapsed: Party's queued proposal no longer changes the draft (an
	// earlier item settled those clauses), so it is not put to the vote.
	// A package of which only some changes were settled goes to the vote
	// without them.
	EvLapsed
	// EvNewsHeld: the chair holds the news (Value 1: no card is drawn at
	// the start of a round) or lets it run again (0); in a round's news
	// phase, Value 1 also says this round's card was held.
	EvNewsHeld
	// EvTally: the count of a secret ballot on Item: Value yes, Delta no
	// (the proposer's yes included).
	EvTally
	// EvChair: the chair moved the table on. Value is the [ChairKind]:
	// ChairAdvance (every delegation still choosing took the do-nothing
	// move) or ChairClose (the negotiation ended early for signing).
	EvChair
)

// CauseKind says why something changed.
type CauseKind uint8

// The causes of a change.
const (
	CauseNone CauseKind = iota
	// CauseNews: news card Card.
	CauseNews
	// CauseDrift: the public moving toward its verdict on the draft. Slot
	// and Option name the wording that weighs most in the direction of the
	// move (or -1), Value its weight in points.
	CauseDrift
	// CauseReassure, CauseAddress, CauseCommit, CauseLeak: Party's
	// statement.
	CauseReassure
	CauseAddress
	CauseCommit
	CauseLeak
	// CauseAudience: Party signed a text that breaks its commitment on
	// Slot/Option.
	CauseAudience
	// CauseItem: tabled item Item (adopted or failed).
	CauseItem
	// CauseBracket: Slot was still in brackets at signing.
	CauseBracket
	// CauseTextChanged: the text changed.
	CauseTextChanged
	// CauseChair: the chair (the teacher) made it happen: a news card
	// put on the table, or a move made for a delegation out of time.
	CauseChair
)

// A Cause explains an [Event].
type Cause struct {
	Kind   CauseKind
	Party  int
	Card   int
	Item   int
	Slot   int
	Option int
	Value  int
}

// An Event is one thing that happened, with its cause. Fields a kind does
// not use are -1 (indexes) or 0.
type Event struct {
	Kind      EventKind
	Round     int
	Party     int
	Public    int
	Slot      int
	Option    int
	Item      int
	Card      int
	Doc       int
	Form      int
	Article   int
	Attr      int
	Value     int
	Delta     int
	Threshold int
	Press     Press
	Cause     Cause
	// Reason is the acting seat's own explanation, if it gave one.
	Reason string
}

var noCause = Cause{Party: -1, Card: -1, Item: -1, Slot: -1, Option: -1}

// newEvent returns an event of kind in the current round with every index
// unset, so that a zero index is never mistaken for the first party.
func (g *Game) newEvent(kind EventKind) Event {
	return Event{Kind: kind, Round: g.round, Party: -1, Public: -1, Slot: -1, Option: -1,
		Item: -1, Card: -1, Doc: -1, Form: -1, Article: -1, Attr: -1, Cause: noCause}
}

func (g *Game) emit(e Event) { g.events = append(g.events, e) }
