package host

import (
	"crypto/rand"
	"encoding/base64"
	"strings"
)

// codeLetters are the letters of a room code: consonants only, without
// the ones a class misreads from a projector (no vowels, so no words; no
// I, O or Q beside 1, 0 and O; no Y beside V).
const codeLetters = "BCDFGHJKLMNPRSTVWXZ"

// CodeLength is the number of letters in a room code.
const CodeLength = 4

// newCode is a random room code from crypto/rand: 19⁴ = 130,321 codes.
// A code only says which table to join: the seat's secret is its token.
// Guessing codes is slowed by the host's guard (20 wrong codes, then one
// every 3 s from one address), so trying them all takes days, not seconds.
func newCode() string { return randomLetters(CodeLength) }

// randomLetters is n letters of [codeLetters] from crypto/rand.
func randomLetters(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand documents it)
	for i, x := range b {
		// 256 % 19 leaves a small bias toward the first letters; a room
		// code guards a classroom, not a bank, and the bias costs far less
		// than a bit of its entropy.
		b[i] = codeLetters[int(x)%len(codeLetters)]
	}
	return string(b)
}

// NormalCode is a room code as a student may type it: any case, spaces
// and hyphens around or inside ignored.
func NormalCode(s string) string {
	s = strings.ToUpper(s)
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// newToken is a seat's secret: 128 bits from crypto/rand, URL-safe.
func newToken() string {
	var b [16]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}
