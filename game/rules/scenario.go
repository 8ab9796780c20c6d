package rules

// A Scenario is everything a game is played from: the public case every
// player may read ([PublicScenario]) and the private brief of each
// delegation ([Brief]). Scenarios are built by the scenarios package from
// a teacher's YAML file; this package never reads files.
//
// All cross-references are indexes into the scenario's own slices, resolved
// once by the loader, so the engine never looks anything up by name on a hot
// path. Scores, support and thresholds are integers.
type Scenario struct {
	PublicScenario

	// Briefs holds each party's private brief, indexed like Parties. It is
	// deliberately outside PublicScenario so that a seat's view, which hands
	// out the public part by pointer, cannot reach another delegation's
	// points.
	Briefs []Brief

	// absentNews is set on the copies [Scenario.Formers] makes: the rules
	// from before news about a delegation not at the table stopped being
	// dealt (news.go).
	absentNews bool
	// absentChair is set on the copy for the rules from before the chair,
	// too, stopped dealing such news (chair.go): the draw already skipped
	// it, the chair could still deal it.
	absentChair bool
}

// PublicScenario is the part of a scenario every player may see.
type PublicScenario struct {
	ID      string
	Title   string
	Summary string
	// Hash identifies the exact content the scenario was built from (the
	// loader sets it to a hex SHA-256 of the file). Records carry it so that
	// a replay against an edited file is refused instead of diverging.
	Hash string
	// Rounds is the default number of rounds; a game's [Setup] may change it.
	Rounds int

	Attributes []Attribute
	// Forms are the legal forms a document can take, from most to least
	// binding. The last one is the fallback when a document's form clause
	// falls out of the text.
	Forms     []Form
	Parties   []Party
	Publics   []Public
	Documents []Document
	Articles  []Article
	Slots     []Slot
	News      []NewsCard

	Indicators []Indicator
	Adoption   AdoptionRule
	Signing    SigningRule
	// EntryIntoForce says how many ratifications, and whose, the signed
	// agreement needs to enter into force (see inforce.go).
	EntryIntoForce EntryRule
	Press          PressRules

	// Briefing is the public briefing read to the whole class.
	Briefing     string
	Questions    []string
	RealityNotes []RealityNote
	Outcomes     OutcomeTexts
}

// An Attribute is a public property of wording options, such as strength of
// commitment or escalation risk. Publics weigh attributes; indicators sum them.
type Attribute struct {
	ID          string
	Name        string
	Description string
}

// A Form is a legal form a document can take (treaty, executive agreement,
// political declaration…). Each party says how it ratifies each form.
type Form struct {
	ID          string
	Name        string
	Description string
}

// A Party is a delegation's public face.
type Party struct {
	ID   string
	Name string
	// Colour is the party's "#rrggbb" colour, always [PartyColour] of its
	// index: the scenario loader and generator set it so, and the team page
	// reads it from the public scenario. A scenario's own colour field is
	// deprecated and ignored.
	Colour string
	// Optional parties may be left out of a game (for smaller classes).
	Optional bool
	// Publics lists the indexes of the publics this party answers to.
	Publics []int
	// Ratification holds, per form index, what ratifying a document of
	// that form requires of this party. An empty list means the form needs
	// no vote at home (a political declaration, say).
	Ratification [][]Requirement
}

// A Requirement is one vote a document must pass at home: the public's
// support must reach Threshold (whole percentage points).
type Requirement struct {
	Public    int
	Threshold int
	// Label names the vote for players, e.g. "two-thirds of the Senate".
	Label string
}

// A Brief is a delegation's private information: never shown to another seat.
type Brief struct {
	Text       string
	Objectives []string
	// Points[slot][option] is what the party scores for that wording if the
	// agreement is in force for it.
	Points [][]int
	// Links are the party's linkage points: points for two wordings in the
	// text together, on top of Points (see [Link]). Most parties have none.
	Links []Link
	// Reservation is the score with no agreement: the party's BATNA.
	Reservation int
	// RedLines are options the party can never sign.
	RedLines []OptionRef
}

// An OptionRef names one option of one slot by index.
type OptionRef struct {
	Slot   int
	Option int
}

// A Public is a body of opinion a party answers to: voters, or a
// legislature whose support is the share of members in favour.
type Public struct {
	ID    string
	Name  string
	Party int
	// Support is the starting support for the draft, in tenths of a
	// percentage point (0–1000).
	Support int
	// Base and Weights define the public's verdict on a text, in whole
	// points: Base + Σ Weights[a] × (sum of attribute a over the text),
	// clamped to 0–100.
	Base    int
	Weights []int
	// Drift is the percentage of the gap between support and verdict that
	// closes at each poll.
	Drift int
}

// A Document is one text under negotiation.
type Document struct {
	ID       string
	Title    string
	Preamble string
	// FormSlot is the slot whose option decides the document's legal
	// form, or -1 when the form is fixed at Form.
	FormSlot int
	Form     int
	Articles []int
}

// An Article is a sentence template with slots.
type Article struct {
	ID string
	// Number is the label the article is shown with ("5", "V", "2bis"):
	// the author's own, or the game's running number; empty when the
	// article is shown by its title alone.
	Number   string
	Title    string
	Document int
	// Text is the article's wording with "{slot-id}" placeholders.
	Text  string
	Slots []int
}

// A Slot is a disputed place in an article with 2–5 wording options.
type Slot struct {
	ID          string
	Name        string
	Description string
	Article     int
	// Default is the option of the chair's opening text.
	Default int
	// Bracketed slots start the game in [brackets].
	Bracketed bool
	Options   []Option
}

// An Option is one wording for a slot.
type Option struct {
	ID    string
	Label string
	Text  string
	// Attrs holds the option's value for each attribute, indexed like
	// PublicScenario.Attributes.
	Attrs []int
	// Form is the legal form this option gives its document when the slot
	// is the document's form slot, otherwise -1.
	Form int
}

// A NewsCard is a piece of news that may be drawn at the start of a round.
type NewsCard struct {
	ID       string
	Headline string
	Text     string
	// Weight is the card's relative chance of being drawn among the cards
	// whose conditions hold.
	Weight int
	// FromRound and ToRound bound the rounds in which the card may be drawn
	// (inclusive; ToRound 0 means no upper bound).
	FromRound int
	ToRound   int
	// Round, when above 0, deals the card in that round and only then,
	// instead of a random draw (nothing is drawn at random that round);
	// such a card is never drawn at random. 0: drawn as above.
	Round      int
	Repeatable bool
	Conditions []Condition
	Effects    []Effect
}

// ConditionKind says what a [Condition] tests.
type ConditionKind uint8

// The kinds of condition a news card can have.
const (
	// CondSupport compares a public's support (whole points) with Value.
	CondSupport ConditionKind = iota
	// CondOption tests whether a slot's current option is (or is not) Option.
	CondOption
	// CondAttribute compares the draft's total of an attribute with Value.
	CondAttribute
	// CondBracketed tests whether a slot is (or is not) in brackets.
	CondBracketed
)

// Comparison is how a condition compares.
type Comparison uint8

// The comparisons a condition can make.
const (
	AtLeast Comparison = iota
	AtMost
	Is
	IsNot
)

// A Condition must hold for a news card to be drawn.
type Condition struct {
	Kind   ConditionKind
	Cmp    Comparison
	Public int
	Slot   int
	Option int
	Attr   int
	Value  int
}

// EffectKind says what an [Effect] changes.
type EffectKind uint8

// The kinds of effect a news card can have.
const (
	// EffSupport shifts a public's support by Delta whole points.
	EffSupport EffectKind = iota
	// EffWeight changes how much a public cares about an attribute.
	EffWeight
	// EffThreshold raises or lowers a party's ratification threshold for a
	// form at one public.
	EffThreshold
	// EffTrust changes a party's trust.
	EffTrust
)

// An Effect is one consequence of a news card.
type Effect struct {
	Kind   EffectKind
	Public int
	Attr   int
	Party  int
	Form   int
	Delta  int
}

// An Indicator is an outcome measure computed from the final text, such as
// deterrence credibility: Base + Σ Weights[a] × attribute total, or
// NoAgreement when no agreement is in force.
type Indicator struct {
	ID          string
	Name        string
	Description string
	Base        int
	Weights     []int
	NoAgreement int
	// Bands describe ranges of the value in words; they are ordered by Max
	// and the last band has no upper bound.
	Bands []Band
}

// A Band is a labelled range of an indicator: values up to and including
// Max (the last band catches everything above).
type Band struct {
	Max   int
	Label string
	Text  string
}

// Quota is how many of the other delegations must agree.
type Quota uint8

// The quotas an adoption rule can ask of the other delegations.
const (
	QuotaAll Quota = iota
	QuotaMajority
	QuotaTwoThirds
	QuotaNone
)

// An AdoptionRule decides when a tabled item is adopted: every party in
// MustAgree votes yes (the proposer's vote counts as yes), and the other
// delegations meet the quota.
type AdoptionRule struct {
	MustAgree []int
	Others    Quota
	// Secret is a secret ballot: everyone learns how many voted yes and
	// no, and each delegation its own vote, but nobody who voted how.
	Secret bool
}

// A SigningRule decides when the agreement forms: every Required party
// signs and at least Minimum parties sign in all.
type SigningRule struct {
	Required []int
	Minimum  int
}

// PressRules hold the numbers behind press statements, in whole points.
type PressRules struct {
	// Reassure is the support a delegation wins at home with a first
	// reassuring statement; each further one to the same public wins less.
	Reassure int
	// Address is the support a delegation wins for the draft when it
	// addresses another country's public.
	Address int
	// CommitBoost is the support a public commitment wins at home at once
	// (default 0). A commitment is a costly signal (Fearon 1994): it earns
	// its worth at the table, where the others know the committed party
	// cannot sign the wording it ruled out without paying AudienceCost. A
	// boost for saying it made a commitment a free gift that delegates
	// took every round, so it is only what a scenario asks for.
	CommitBoost int
	// FormerCommitBoost is what CommitBoost was before its default became
	// 0: 2 when the scenario file does not set commit_boost, else the
	// file's value. A record made under the old default replays with it
	// (see [Replay]).
	FormerCommitBoost int
	// AudienceCost is what each of a party's publics takes away when the
	// party signs a text that breaks its public commitment.
	AudienceCost int
	// LeakShift is the percentage of the gap to its verdict each public
	// closes at once when the draft is leaked.
	LeakShift int
	// LeakTrust is the trust a leaking delegation loses.
	LeakTrust int
}

// A RealityNote compares a wording with what happened or was written in reality.
type RealityNote struct {
	Title  string
	Text   string
	Source string
}

// OutcomeTexts are the narratives for the ways a game can end.
type OutcomeTexts struct {
	NoAgreement string
	NotRatified string
	InForce     string
}

// PartyIndex returns the index of the party with the given id, or -1.
func (s *PublicScenario) PartyIndex(id string) int {
	for i := range s.Parties {
		if s.Parties[i].ID == id {
			return i
		}
	}
	return -1
}

// PublicIndex returns the index of the public with the given id, or -1.
func (s *PublicScenario) PublicIndex(id string) int {
	for i := range s.Publics {
		if s.Publics[i].ID == id {
			return i
		}
	}
	return -1
}

// SlotIndex returns the index of the slot with the given id, or -1.
func (s *PublicScenario) SlotIndex(id string) int {
	for i := range s.Slots {
		if s.Slots[i].ID == id {
			return i
		}
	}
	return -1
}

// OptionIndex returns the index of the option with the given id in a slot, or -1.
func (s *PublicScenario) OptionIndex(slot int, id string) int {
	if slot < 0 || slot >= len(s.Slots) {
		return -1
	}
	for i := range s.Slots[slot].Options {
		if s.Slots[slot].Options[i].ID == id {
			return i
		}
	}
	return -1
}
