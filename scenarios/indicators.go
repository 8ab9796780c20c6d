package scenarios

import (
	"math"

	"bindingwords/game/rules"
)

// indicatorsOf reads the outcome indicators and their bands.
func (d *decoder) indicatorsOf(f *fields) {
	for _, e := range f.list("indicators", "indicators") {
		inf := d.fields(e.node, e.at, indicatorShape)
		id, at := inf.id()
		d.indicators.add(d, id, at.or(e.at))
		ind := rules.Indicator{
			ID:          id,
			Name:        inf.text("name"),
			Description: inf.prose("description"),
			Base:        inf.numberOr("base", -limit, limit, 0),
			Weights:     d.weights(inf, "weights", "weights of "+inf.label),
			NoAgreement: inf.numberOr("no_agreement", -limit, limit, 0),
		}
		ind.Bands = d.bands(inf)
		d.s.Indicators = append(d.s.Indicators, ind)
	}
}

// bands reads an indicator's bands: ascending up_to, and none on the last
// band, whose Max is the largest int so that "the first band whose Max is
// at least the value" always finds one.
func (d *decoder) bands(inf *fields) []rules.Band {
	items := inf.list("bands", "bands")
	var out []rules.Band
	prev, havePrev := 0, false
	for i, e := range items {
		bf := d.fields(e.node, e.at, bandShape)
		b := rules.Band{Label: bf.text("label"), Text: bf.prose("text"), Max: math.MaxInt}
		last := i == len(items)-1
		switch {
		case bf.present("up_to") && last:
			d.errorf(bf.keyAt("up_to"), "up_to: the last band of %s catches every value above the band before it, so it has no up_to; remove it (or add a band after it)", inf.label)
		case bf.present("up_to"):
			if n, ok := bf.number("up_to", -limit, limit); ok {
				if havePrev && n <= prev {
					d.errorf(bf.valueAt("up_to"), "up_to: expected more than the previous band's up_to (%d), found %d; bands go from low to high", prev, n)
				}
				b.Max, prev, havePrev = n, n, true
			}
		case !last:
			d.errorf(bf.at, "missing required key \"up_to\" in a band of %s; only the last band has no up_to", inf.label)
		}
		out = append(out, b)
	}
	return out
}
