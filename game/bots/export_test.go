package bots

// ModelAccuracy reports, for testing, how often the delegate's picture of
// party p orders two options of a clause the way p's real table does.
func (d *Delegate) modelAccuracy(p int, real [][]int) (agree, total int) {
	for s := range real {
		for a := range real[s] {
			for b := a + 1; b < len(real[s]); b++ {
				rd := real[s][a] - real[s][b]
				md := d.model[p][s][a] - d.model[p][s][b]
				if rd == 0 {
					continue
				}
				total++
				if (rd > 0) == (md > 0) {
					agree++
				}
			}
		}
	}
	return
}
