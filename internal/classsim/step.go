package classsim

import (
	"fmt"

	"bindingwords/game/wire"
)

// StepKind is one kind of step of a together round: each is one sealed
// choice per delegation the table waits for, made at once.
type StepKind int

// The steps of a together round, and the signing at the end.
const (
	// Window is the tabling window: every team tables one amendment or
	// passes.
	Window StepKind = iota
	// Vote is the vote on one tabled item (every team but its author).
	Vote
	// Press is the press statements, chosen at once.
	Press
	// Signing is the signature or refusal at the end.
	Signing
)

var stepNames = [...]string{"tabling window", "vote", "press", "signing"}

func (k StepKind) String() string { return stepNames[k] }

// StepKey names one step of one game: within a round, the vote on an
// item is told apart by the delegation that tabled it (each tables at
// most once a round).
type StepKey struct {
	Round int
	Kind  StepKind
	// Item is the author of the item voted on, for a vote; else -1.
	Item int
}

func (k StepKey) String() string {
	if k.Kind == Vote {
		return fmt.Sprintf("round %d vote on %d's item", k.Round, k.Item)
	}
	return fmt.Sprintf("round %d %v", k.Round, k.Kind)
}

// keyOf is the step a device's view of the table is in; false between
// steps (news, polls) and once the game is over.
func keyOf(st *wire.State) (StepKey, bool) {
	if st.Over {
		return StepKey{}, false
	}
	k := StepKey{Round: st.Round, Item: -1}
	switch st.Phase {
	case "table":
		if st.Pending != nil {
			k.Kind, k.Item = Vote, st.Pending.Party
		} else {
			k.Kind = Window
		}
	case "press":
		k.Kind = Press
	case "signing":
		k.Kind = Signing
	default:
		return StepKey{}, false
	}
	return k, true
}
