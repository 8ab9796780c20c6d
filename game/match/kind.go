package match

import (
	"fmt"
	"strings"

	"bindingwords/game/bots"
)

// A Role says who sits in a seat.
type Role uint8

// The roles a seat can have.
const (
	// Human is people: at this screen (hot-seat) or, later, on a device of
	// their own. Their moves arrive through [Match.Submit].
	Human Role = iota
	// AI is an AI delegate of a level.
	AI
	// Out is an optional delegation left out of the game.
	Out
)

// A SeatKind is who plays a delegation. It is written "human" or
// "ai:LEVEL" in saves, records and reports; [ParseSeatKind] and
// [SeatKind.String] are the one place that reads and writes those words.
type SeatKind struct {
	Role Role
	// Level is the AI delegate's difficulty, one of [bots.Levels]' names.
	Level string
}

// HumanSeat is a seat played by people.
func HumanSeat() SeatKind { return SeatKind{Role: Human} }

// AISeat is a seat played by an AI delegate of level.
func AISeat(level string) SeatKind { return SeatKind{Role: AI, Level: level} }

// DefaultLevel is the AI level a seat gets when nobody chose one.
var DefaultLevel = bots.Normal.Name

// OutSeat is an optional delegation left out of the game.
func OutSeat() SeatKind { return SeatKind{Role: Out} }

// LevelNames lists the AI difficulties by name, easiest first: the names
// of [bots.Levels], defined once there.
func LevelNames() []string {
	out := make([]string, len(bots.Levels))
	for i, l := range bots.Levels {
		out[i] = l.Name
	}
	return out
}

// String is the seat kind as saves and records write it: "human",
// "ai:normal"… An optional delegation left out is "out"; records never
// list it, since it does not take part.
func (k SeatKind) String() string {
	switch k.Role {
	case AI:
		return "ai:" + k.Level
	case Out:
		return "out"
	}
	return "human"
}

// ParseSeatKind reads a seat kind as [SeatKind.String] writes it. A bare
// "ai" (as early saves wrote it) is a normal delegate.
func ParseSeatKind(s string) (SeatKind, error) {
	switch s {
	case "human":
		return HumanSeat(), nil
	case "out":
		return OutSeat(), nil
	case "ai":
		return AISeat(DefaultLevel), nil
	}
	level, ok := strings.CutPrefix(s, "ai:")
	if !ok {
		return SeatKind{}, fmt.Errorf("unknown seat kind %q; want human or ai:LEVEL (%s)", s, strings.Join(LevelNames(), ", "))
	}
	if _, err := bots.LevelByName(level); err != nil {
		return SeatKind{}, fmt.Errorf("unknown seat kind %q: %w", s, err)
	}
	return AISeat(level), nil
}

// KindOfRecord reads the seat kind a save or record gives a delegation
// that takes part. Anything it cannot read is played by people: a
// delegation nobody plays would stall the class.
func KindOfRecord(s string) SeatKind {
	k, err := ParseSeatKind(s)
	if err != nil || k.Role == Out {
		return HumanSeat()
	}
	return k
}
