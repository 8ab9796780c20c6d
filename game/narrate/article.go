package narrate

import "bindingwords/game/i18n"

// ArticleHeading is how an article is headed wherever the game shows it
// (draft, projector, debrief): "Article 5. Collective defence" with the
// article's number, its title alone when it has none.
func ArticleHeading(number, title string) string {
	if number == "" {
		return title
	}
	return i18n.T("table.article", "n", number, "title", title)
}

// ArticleName is how a sentence names an article ("Article 5 (Collective
// defence) falls out of the text"), its title alone when it has no number.
func ArticleName(number, title string) string {
	if number == "" {
		return title
	}
	return i18n.T("article.named", "n", number, "title", title)
}
