package ui

import "strings"

// quotedReason sets a delegation's reason in quotation marks, as the
// table, the ballots and the debrief show it. A reason quotes wordings in
// double marks (“all within three years”), which inside the outer pair
// become single ones, as English nests quotations.
func quotedReason(s string) string {
	return "“" + nestQuotes.Replace(s) + "”"
}

var nestQuotes = strings.NewReplacer("“", "‘", "”", "’")
