package cli

import (
	"errors"
	"flag"
	"strconv"
	"strings"
)

// Numbers on the command line are decimal, as in scenario files. Go's
// flag package reads integers in any base — "010" is 8, "0x10" is 16 —
// and floats in hexadecimal too ("0x1p1" is 2): a teacher typing
// "--games 010" means ten, so such values are refused with what to type.

// errNotDecimal is the part of a refusal that says how to write a number.
var errNotDecimal = errors.New("write it as a decimal number, without leading zeros (10, not 010 or 0x0a)")

// plainDecimal checks that s is written in decimal digits only (a sign
// allowed), with no leading zero; float also allows a point and an
// exponent.
func plainDecimal(s string, float bool) error {
	t := strings.TrimLeft(s, "+-")
	if t == "" {
		return errNotDecimal
	}
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
		case float && (r == '.' || r == 'e' || r == 'E' || r == '+' || r == '-'):
		default:
			return errNotDecimal
		}
	}
	if len(t) > 1 && t[0] == '0' && t[1] != '.' {
		return errNotDecimal
	}
	return nil
}

type decimalInt struct{ p *int }

func (d decimalInt) String() string {
	if d.p == nil {
		return "0"
	}
	return strconv.Itoa(*d.p)
}

func (d decimalInt) Set(s string) error {
	if err := plainDecimal(s, false); err != nil {
		return err
	}
	v, err := strconv.ParseInt(s, 10, strconv.IntSize)
	if err != nil {
		return errors.New("the number is too large")
	}
	*d.p = int(v)
	return nil
}

type decimalUint64 struct{ p *uint64 }

func (d decimalUint64) String() string {
	if d.p == nil {
		return "0"
	}
	return strconv.FormatUint(*d.p, 10)
}

func (d decimalUint64) Set(s string) error {
	if err := plainDecimal(s, false); err != nil {
		return err
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return errors.New("want a whole number from 0 to 18446744073709551615")
	}
	*d.p = v
	return nil
}

type decimalFloat struct{ p *float64 }

func (d decimalFloat) String() string {
	if d.p == nil {
		return "0"
	}
	return strconv.FormatFloat(*d.p, 'g', -1, 64)
}

func (d decimalFloat) Set(s string) error {
	if err := plainDecimal(s, true); err != nil {
		return err
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return errors.New("the number is out of range")
	}
	*d.p = v
	return nil
}

// intVar defines an int flag read in decimal only.
func intVar(fs *flag.FlagSet, p *int, name string, value int, usage string) {
	*p = value
	fs.Var(decimalInt{p}, name, usage)
}

// intFlag defines an int flag read in decimal only and returns it.
func intFlag(fs *flag.FlagSet, name string, value int, usage string) *int {
	p := new(int)
	intVar(fs, p, name, value, usage)
	return p
}

// uint64Var defines a uint64 flag read in decimal only.
func uint64Var(fs *flag.FlagSet, p *uint64, name string, value uint64, usage string) {
	*p = value
	fs.Var(decimalUint64{p}, name, usage)
}

// DecimalUint64 defines a uint64 flag of fs read in decimal only, for the
// game's own flags.
func DecimalUint64(fs *flag.FlagSet, name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	uint64Var(fs, p, name, value, usage)
	return p
}

// DecimalFloat defines a float64 flag of fs read in decimal only (no
// hexadecimal, NaN or Inf), for the game's own flags.
func DecimalFloat(fs *flag.FlagSet, name string, value float64, usage string) *float64 {
	p := new(float64)
	*p = value
	fs.Var(decimalFloat{p}, name, usage)
	return p
}
