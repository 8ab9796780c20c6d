// Package wire is the classroom network's language: the messages a team's
// device and the host send each other over a WebSocket, as JSON. It holds
// types and their checks only; it imports the rules (for the scenario and
// brief it carries) and nothing of any front end, so the host, the team
// page's tests and any later client share one definition.
//
// The protocol, in short (docs/protocol.md has it in full):
//
//   - A device joins a table over HTTP and gets a secret token. Its seat
//     comes from the token, never from a message.
//   - On the socket it first sends [Hello] with the token and the last
//     sequence number it saw. The host answers with what it missed, or with
//     a [Full] view when it saw nothing or the host no longer has it all.
//   - Every message to a device is numbered ([Out.Seq]): one numbered stream
//     per seat (and one for spectators), the same for every device on the
//     seat, with no gaps.
//   - A device acts with [Act]: a client id and a move. The host answers on
//     the seat's stream with an acknowledgement or a refusal that gives the
//     rules' reason, and applies each client id at most once.
//   - The public scenario is fetched once over HTTP; after the full view,
//     updates carry only the new events (as sentences) and the small state
//     the page draws.
package wire

// MaxIn is the largest message, in bytes, a device may send: far more
// than any move needs, small enough that no device can make the host read
// much.
const MaxIn = 4096

// Kinds of message from a device ([In.T]).
const (
	// THello opens a socket: the device's token and last number seen.
	THello = "hello"
	// TAct is a move.
	TAct = "act"
)

// In is a message from a device. Only the fields its kind uses may be set.
type In struct {
	T string `json:"t"`
	// Hello.
	Token string `json:"token,omitempty"`
	// Last is the last sequence number the device saw on its seat's
	// stream, or 0 for none.
	Last int64 `json:"last,omitempty"`
	// LastSeat is the seat whose stream Last numbers (the [Full.Seat] of
	// the device's latest full view). The teacher may move a team to
	// another seat: a device whose LastSeat is not its token's seat now,
	// or that does not say after such a move, gets a full view of its new
	// seat. It never chooses the seat: the token does.
	LastSeat *int `json:"lastSeat,omitempty"`
	// Act.
	ID     string  `json:"id,omitempty"`
	Action *Action `json:"action,omitempty"`
}

// Kinds of message to a device ([Out.T]).
const (
	// TFull is the whole view of the seat: on joining, and whenever the
	// device cannot be brought up to date from what it missed.
	TFull = "full"
	// TUpdate is what happened since the previous message.
	TUpdate = "update"
	// TAck says a move was played.
	TAck = "ack"
	// TRefused says a move was not played, and why. Nothing changed.
	TRefused = "refused"
	// TError answers a message the host could not use at all (malformed,
	// too big, too many). Nothing changed. It is not numbered: it belongs
	// to the device, not to the seat's stream. When it answers a move sent
	// over the device's rate, it carries the move's client id: that move
	// was not played, and the device may send it again after a pause.
	TError = "error"
)

// Out is a message to a device.
type Out struct {
	// Seq numbers the seat's stream from 1, without gaps; 0 only on
	// [TError].
	Seq int64  `json:"seq"`
	T   string `json:"t"`
	// Full view (TFull).
	Full *Full `json:"full,omitempty"`
	// Update (TUpdate).
	Update *Update `json:"update,omitempty"`
	// ID is the client id an acknowledgement, refusal or rate error answers.
	ID string `json:"id,omitempty"`
	// Reason says why a move was refused or a message not used.
	Reason string `json:"reason,omitempty"`
}

// Full is everything a seat may see, but the public scenario (fetched once
// over HTTP, see [ScenarioPath]).
type Full struct {
	Room string `json:"room"`
	// Seat is the device's delegation, or -1 for a spectator.
	Seat int `json:"seat"`
	// ScenarioHash names the scenario the view is of: a device that has it
	// already need not fetch it again.
	ScenarioHash string `json:"scenarioHash"`
	// Brief is the seat's own private brief; nil for a spectator.
	Brief *Brief `json:"brief,omitempty"`
	// Lines is the whole public account of the game so far.
	Lines []Line `json:"lines"`
	// Events is the length of the game's event log the lines cover.
	Events int    `json:"events"`
	State  State  `json:"state"`
	Teams  []Team `json:"teams"`
}

// Update is what changed since the previous message on the stream.
type Update struct {
	// From and To are the part of the game's event log this update
	// covers: events From to To-1. Updates follow on without gaps.
	From  int    `json:"from"`
	To    int    `json:"to"`
	Lines []Line `json:"lines,omitempty"`
	// State is the table as it now stands, when it changed.
	State *State `json:"state,omitempty"`
	// Teams is who sits at the table, when that changed.
	Teams []Team `json:"teams,omitempty"`
}

// ScenarioPath is where the host serves a room's public scenario (as
// JSON, a [rules.PublicScenario]), with the room code as query "room".
const ScenarioPath = "/api/scenario"

// JoinPath is where a device asks for a seat: POST a [JoinRequest], get a
// [JoinReply].
const JoinPath = "/api/join"

// RoomPath describes a room to a device choosing its delegation: GET with
// query "room", get a [Room].
const RoomPath = "/api/room"

// SocketPath is the WebSocket endpoint.
const SocketPath = "/ws"

// JoinRequest asks for a seat at a table.
type JoinRequest struct {
	Room string `json:"room"`
	// Party is the delegation's id in the scenario (e.g. "us"), or "" to
	// watch as a spectator.
	Party string `json:"party"`
	// Team is the name the team gives itself; shown to the table.
	Team string `json:"team"`
}

// JoinReply gives a device its seat's secret token. The device keeps it
// and sends it in [In.Token]; whoever holds it acts for the seat.
type JoinReply struct {
	Token string `json:"token"`
	Seat  int    `json:"seat"`
}

// Room is what a device needs to choose a delegation.
type Room struct {
	Code     string `json:"code"`
	Title    string `json:"title"`
	Scenario string `json:"scenario"`
	Teams    []Team `json:"teams"`
}

// Team is one delegation at a table as every device sees it.
type Team struct {
	Party int    `json:"party"`
	ID    string `json:"id"`
	Name  string `json:"name"`
	// Kind is "human", "ai:LEVEL" or "out" (see match.SeatKind).
	Kind string `json:"kind"`
	// Team is the name its people gave themselves, if any.
	Team string `json:"team,omitempty"`
	// Devices is how many devices are connected on the seat.
	Devices int `json:"devices"`
	// Away says people play the seat, some device has joined it, and none
	// is connected now.
	Away bool `json:"away,omitempty"`
}

// Line is one event of the game told as a sentence, with the event's
// index in the log and what the page needs to set it apart.
type Line struct {
	I     int    `json:"i"`
	Round int    `json:"round"`
	Kind  string `json:"kind"`
	Party int    `json:"party"`
	Text  string `json:"text"`
	// Reason is the acting seat's own explanation, if it gave one.
	Reason string `json:"reason,omitempty"`
}
