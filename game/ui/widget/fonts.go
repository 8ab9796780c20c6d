package widget

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"bindingwords/assets"
)

// Font is a typeface role.
type Font uint8

// The typefaces: a sans for the interface, a serif for treaty text.
const (
	Sans Font = iota
	SansBold
	Serif
	SerifBold
	SerifItalic
	numFonts
)

// Fonts holds the decoded typefaces, the faces made from them at each
// physical size, and the measuring and wrapping caches. Text is measured
// with the same faces it is drawn with, so wrapping never disagrees with
// drawing.
type Fonts struct {
	src       [numFonts]*text.GoTextFaceSource
	fallbacks []*text.GoTextFaceSource
	faces     map[faceKey]text.Face
	widths    map[measureKey]float64
	wraps     map[wrapKey][]string
	// scale converts logical pixels to physical ones.
	scale float64
	// Cut, if set, is told every text Fit shortens: a test uses it to
	// find which of a scenario's names the screens cut.
	Cut func(s string)
}

type faceKey struct {
	f    Font
	size float64
}

type measureKey struct {
	s    string
	f    Font
	size float64
}

type wrapKey struct {
	s           string
	f           Font
	size, width float64
}

// LoadFonts decodes the embedded fonts.
func LoadFonts() (*Fonts, error) {
	names := [numFonts]string{assets.SansRegular, assets.SansBold, assets.SerifRegular, assets.SerifBold, assets.SerifItalic}
	fs := &Fonts{scale: 1}
	load := func(name string) (*text.GoTextFaceSource, error) {
		b, err := assets.Read(name)
		if err != nil {
			return nil, err
		}
		s, err := text.NewGoTextFaceSource(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", name, err)
		}
		return s, nil
	}
	for i, n := range names {
		s, err := load(n)
		if err != nil {
			return nil, err
		}
		fs.src[i] = s
	}
	for _, n := range []string{assets.Math, assets.Symbols} {
		s, err := load(n)
		if err != nil {
			return nil, err
		}
		fs.fallbacks = append(fs.fallbacks, s)
	}
	fs.reset()
	return fs, nil
}

func (fs *Fonts) reset() {
	fs.faces = map[faceKey]text.Face{}
	fs.widths = map[measureKey]float64{}
	fs.wraps = map[wrapKey][]string{}
}

// SetScale sets the logical-to-physical scale; a change drops the caches.
func (fs *Fonts) SetScale(s float64) {
	if s != fs.scale {
		fs.scale = s
		fs.reset()
	}
}

// face returns the face for a font at a logical size, made at the
// physical size so text stays crisp at any window size.
func (fs *Fonts) face(f Font, size float64) text.Face {
	k := faceKey{f, size}
	if fc, ok := fs.faces[k]; ok {
		return fc
	}
	phys := size * fs.scale
	faces := []text.Face{&text.GoTextFace{Source: fs.src[f], Size: phys}}
	for _, fb := range fs.fallbacks {
		faces = append(faces, &text.GoTextFace{Source: fb, Size: phys})
	}
	mf, err := text.NewMultiFace(faces...)
	var fc text.Face = mf
	if err != nil {
		fc = faces[0]
	}
	fs.faces[k] = fc
	return fc
}

// Measure is the width of s in logical pixels.
func (fs *Fonts) Measure(s string, f Font, size float64) float64 {
	k := measureKey{s, f, size}
	if w, ok := fs.widths[k]; ok {
		return w
	}
	if len(fs.widths) > 20000 {
		fs.widths = map[measureKey]float64{}
	}
	w := text.AdvanceAt(s, len(s), fs.face(f, size)) / fs.scale
	fs.widths[k] = w
	return w
}

// LineHeight is the distance between lines of a font at size.
func LineHeight(size float64) float64 { return size * 1.38 }

// Wrap breaks s into lines no wider than width. Newlines start new
// paragraphs; a word too long for a line is broken between characters.
// The lines are kept for the next call: callers must not modify them.
func (fs *Fonts) Wrap(s string, f Font, size, width float64) []string {
	k := wrapKey{s, f, size, width}
	if l, ok := fs.wraps[k]; ok {
		return l
	}
	if len(fs.wraps) > 5000 {
		fs.wraps = map[wrapKey][]string{}
	}
	var lines []string
	space := fs.Measure(" ", f, size)
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		var cur strings.Builder
		curW := 0.0
		for _, w := range words {
			ww := fs.Measure(w, f, size)
			if cur.Len() > 0 && curW+space+ww <= width {
				cur.WriteByte(' ')
				cur.WriteString(w)
				curW += space + ww
				continue
			}
			if cur.Len() > 0 {
				lines = append(lines, cur.String())
				cur.Reset()
				curW = 0
			}
			for ww > width && len([]rune(w)) > 1 {
				head, rest := fs.breakWord(w, f, size, width)
				lines = append(lines, head)
				w = rest
				ww = fs.Measure(w, f, size)
			}
			cur.WriteString(w)
			curW = ww
		}
		lines = append(lines, cur.String())
	}
	fs.wraps[k] = lines
	return lines
}

func (fs *Fonts) breakWord(w string, f Font, size, width float64) (string, string) {
	r := []rune(w)
	n := len(r) - 1
	for n > 1 && fs.Measure(string(r[:n]), f, size) > width {
		n--
	}
	return string(r[:n]), string(r[n:])
}

// Fit shortens s with an ellipsis until it fits width.
func (fs *Fonts) Fit(s string, f Font, size, width float64) string {
	if fs.Measure(s, f, size) <= width {
		return s
	}
	if fs.Cut != nil {
		fs.Cut(s)
	}
	r := []rune(s)
	for len(r) > 0 && fs.Measure(string(r)+"…", f, size) > width {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
