package host

import (
	"encoding/json"

	"bindingwords/game/wire"
)

// A stream is one seat's numbered messages (or the spectators'): every
// device on the seat gets the same ones, numbered from 1 without gaps. It
// keeps the latest for devices that reconnect, so that one that missed a
// few gets exactly those. It belongs to its table's goroutine.
type stream struct {
	head int64
	// kept holds the encoded messages head-len(kept)+1 … head, at most
	// limit of them.
	kept    [][]byte
	limit   int
	devices map[*device]struct{}
}

func newStream(limit int) *stream {
	return &stream{limit: limit, devices: map[*device]struct{}{}}
}

// push numbers msg as the stream's next message, keeps it and sends it to
// every device on the stream. It returns the encoded message.
func (s *stream) push(msg wire.Out) []byte {
	s.head++
	msg.Seq = s.head
	data := encode(msg)
	if len(s.kept) == s.limit {
		// Drop the oldest half at once rather than one a push, so that
		// trimming costs nothing on average.
		s.kept = append(s.kept[:0], s.kept[s.limit/2:]...)
	}
	s.kept = append(s.kept, data)
	for d := range s.devices {
		d.send(data)
	}
	return data
}

// since returns the messages after last, and false when the stream no
// longer keeps them all (or last is not one of its numbers).
func (s *stream) since(last int64) ([][]byte, bool) {
	first := s.head - int64(len(s.kept)) + 1
	if last < first-1 || last > s.head {
		return nil, false
	}
	return s.kept[last-first+1:], true
}

func encode(msg wire.Out) []byte {
	data, err := json.Marshal(msg)
	if err != nil {
		// Every field of wire.Out marshals; this is a broken invariant.
		panic("host: cannot encode a message: " + err.Error())
	}
	return data
}
