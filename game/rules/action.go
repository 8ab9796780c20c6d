package rules

// ActionKind is what a delegation does with an [Action].
type ActionKind uint8

// The kinds of action a seat can take.
const (
	// Table puts an amendment (one change) or a package (two or more
	// linked changes) before the table in the party's turn.
	Table ActionKind = iota + 1
	// Pass gives up the party's turn to table in this round.
	Pass
	// Vote answers the item on the table: Yes or no.
	Vote
	// Call sets (Yes) or withdraws (not Yes) the party's call for
	// signature. It may be made at any time in the table and press phases
	// and does not use up a turn.
	Call
	// Statement is the party's one press statement of the round.
	Statement
	// Sign signs the final text.
	Sign
	// Decline refuses to sign the final text.
	Decline
	// ChairMove is the chair's move (the teacher's): it belongs to no
	// delegation, its Party is [ChairParty] and its Chair field says
	// what it does.
	ChairMove
)

// ChairParty is the Party of a [ChairMove]: the chair is no delegation.
const ChairParty = -1

// ChairKind is what a [ChairMove] does.
type ChairKind uint8

// The chair's moves.
const (
	// ChairAdvance makes every delegation the game waits for take the
	// do-nothing move (pass, vote no, no comment, decline), so the table
	// moves on one step: silence is not consent.
	ChairAdvance ChairKind = iota + 1
	// ChairHold holds the news (Yes) so no card is drawn at the start of
	// the next rounds, or lets it run again (not Yes).
	ChairHold
	// ChairNews puts news card Card on the table now, in place of or
	// after the round's draw.
	ChairNews
	// ChairClose ends the negotiation now and opens the text for
	// signature, as if the last round had ended.
	ChairClose
)

// MaxPackage is the most changes one package may link. Larger bundles are
// hard for a class to read and vote on.
const MaxPackage = 4

// A Change moves one slot to one option.
type Change struct {
	Slot   int
	Option int
}

// StatementKind is the kind of a press statement.
type StatementKind uint8

// The press statements a delegation can make.
const (
	// NoComment says nothing.
	NoComment StatementKind = iota
	// Reassure speaks to one of the party's own publics.
	Reassure
	// Address speaks to another country's public in favour of the draft.
	Address
	// Commit makes a public commitment on one slot.
	Commit
	// Leak publishes the current draft: every public reacts at once and
	// the leaking party loses trust.
	Leak
)

// Stance is the direction of a public commitment.
type Stance uint8

// The two kinds of public commitment.
const (
	// Reject is "we will never sign a text with this wording".
	Reject Stance = iota
	// Insist is "we will not sign a text without this wording".
	Insist
)

// A Press is the content of a [Statement] action.
type Press struct {
	Kind StatementKind
	// Public is the public spoken to (Reassure, Address).
	Public int
	// Slot, Option and Stance describe a commitment (Commit).
	Slot   int
	Option int
	Stance Stance
}

// An Action is one move by one delegation. Only the fields its Kind uses
// matter.
type Action struct {
	Party   int
	Kind    ActionKind
	Changes []Change  // Table
	Yes     bool      // Vote, Call
	Press   Press     // Statement
	Chair   ChairKind // ChairMove
	Card    int       // ChairMove with ChairNews: the news card
	// Reason is the seat's own one-line explanation, shown to every player
	// (AI delegates always give one). It does not change the game.
	Reason string
}

// A Commitment is a public commitment a party has made.
type Commitment struct {
	Party  int
	Slot   int
	Option int
	Stance Stance
	Round  int
}

// Broken reports whether a final text (with the given articles present)
// breaks the commitment.
func (c Commitment) Broken(sc *PublicScenario, text []int, present []bool) bool {
	in := present == nil || present[sc.Slots[c.Slot].Article]
	has := in && text[c.Slot] == c.Option
	if c.Stance == Reject {
		return has
	}
	return !has
}
