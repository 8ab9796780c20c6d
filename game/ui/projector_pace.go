package ui

import "bindingwords/game/rules"

// paceOf reports whether the table plays at the together pace and
// whether the teacher holds the news.
func paceOf(v rules.View) (together, newsHeld bool) {
	return false, false // TODO(merge main): v.Together(), v.NewsHeld()
}

// chosen reports that party p has made its sealed choice in the current
// step of the together pace: the class may know that, not what.
func chosen(v rules.View, p int) bool {
	return false // TODO(merge main): v.Chosen(p)
}
