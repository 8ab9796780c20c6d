package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestDecimalNumbers edits one reservation of the FORMAT.md example and
// checks what the loader makes of it: a leading zero or another base is
// refused at the value's position with the decimal to write (YAML alone
// reads 010 as octal 8 and takes 080 for quoted text), while 0, negative
// numbers and plain decimals load with their decimal value.
func TestDecimalNumbers(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const line = "    reservation: 3\n"
	if strings.Count(string(data), line) != 1 {
		t.Fatalf("minimal.yaml no longer has exactly one %q", line)
	}
	cases := []struct {
		value string
		want  int    // the reservation loaded, when msg is empty
		msg   string // the whole diagnostic, when refused
	}{
		{"3", 3, ""},
		{"0", 0, ""},
		{"-5", -5, ""},
		{"+7", 7, ""},
		{"10", 10, ""},
		{"010", 0, `minimal.yaml:40:18: reservation: "010" has a leading zero; write 10 (numbers are decimal)`},
		{"080", 0, `minimal.yaml:40:18: reservation: "080" has a leading zero; write 80 (numbers are decimal)`},
		{"-010", 0, `minimal.yaml:40:18: reservation: "-010" has a leading zero; write -10 (numbers are decimal)`},
		{"+010", 0, `minimal.yaml:40:18: reservation: "+010" has a leading zero; write 10 (numbers are decimal)`},
		{"00", 0, `minimal.yaml:40:18: reservation: "00" has a leading zero; write 0 (numbers are decimal)`},
		{"0x10", 0, `minimal.yaml:40:18: reservation: "0x10" is not a decimal number; write 16`},
		{"0o10", 0, `minimal.yaml:40:18: reservation: "0o10" is not a decimal number; write 8`},
		{"0b10", 0, `minimal.yaml:40:18: reservation: "0b10" is not a decimal number; write 2`},
		{`"10"`, 0, `minimal.yaml:40:18: reservation: expected a whole number, found "10" (remove the quotes)`},
	}
	for _, c := range cases {
		t.Run(c.value, func(t *testing.T) {
			src := strings.Replace(string(data), line, "    reservation: "+c.value+"\n", 1)
			sc, r := Load("minimal.yaml", []byte(src))
			if c.msg == "" {
				if sc == nil || r.HasErrors() {
					t.Fatalf("want a clean load, got:\n%s", render(r))
				}
				if got := sc.Briefs[0].Reservation; got != c.want {
					t.Errorf("reservation = %d, want %d", got, c.want)
				}
				return
			}
			if sc != nil {
				t.Errorf("loaded (reservation %d); want it refused", sc.Briefs[0].Reservation)
			}
			if got := strings.TrimSpace(render(r)); got != c.msg {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, c.msg)
			}
		})
	}
}
