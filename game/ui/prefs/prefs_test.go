package prefs

import "testing"

// v1 is a settings file as version 1 of the game wrote it
// (encoding/json's MarshalIndent).
const v1 = `{
  "version": 1,
  "ui_scale": 1.25,
  "text_size": 1.15,
  "high_contrast": true,
  "fullscreen": false,
  "language": "en"
}
`

func TestDecodeIsTolerant(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		want    Prefs
		wantErr bool
	}{
		{"a good file", "bindingwords-settings 2\nui_scale 1.25\ntext_size 1.15\nhigh_contrast true\nfullscreen true\nlanguage en\n",
			Prefs{Version: 2, UIScale: 1.25, TextSize: 1.15, HighContrast: true, Fullscreen: true, Language: "en"}, false},
		{"Windows line ends, blank lines and comments", "bindingwords-settings 2\r\n\r\n# kept by hand\r\nui_scale 1.5\r\nhigh_contrast true\r\n",
			Prefs{Version: 2, UIScale: 1.5, HighContrast: true}, false},
		{"a newer version keeps the settings this one knows", "bindingwords-settings 7\nui_scale 1.5\ncolour green\n",
			Prefs{Version: 7, UIScale: 1.5}, false},
		{"values out of range are dropped", "bindingwords-settings 2\nui_scale 40\ntext_size -1\nlanguage abcdefghijklmnopq\n",
			Prefs{Version: 2}, false},
		{"a value that does not parse loses only itself", "bindingwords-settings 2\nui_scale big\ntext_size 1.2\nlanguage en gb\n",
			Prefs{Version: 2, TextSize: 1.2}, false},
		{"no version", "bindingwords-settings\nui_scale 1.5\n", Prefs{}, true},
		{"not a settings file", "ui_scale 1.5\n", Prefs{}, true},
		{"empty", "", Prefs{}, true},
		{"not text at all", "\x00\x01garbage", Prefs{}, true},

		{"version 1 (JSON), as it was written", v1,
			Prefs{Version: 1, UIScale: 1.25, TextSize: 1.15, HighContrast: true, Language: "en"}, false},
		{"version 1 on one line", `{"version":1,"ui_scale":1.25,"text_size":1.15,"high_contrast":true,"fullscreen":true,"language":"en"}`,
			Prefs{Version: 1, UIScale: 1.25, TextSize: 1.15, HighContrast: true, Fullscreen: true, Language: "en"}, false},
		{"version 1 with escapes and a null", `{"version":1,"language":"p\u0074\/x","colour":null,"ui_scale":2}`,
			Prefs{Version: 1, UIScale: 2, Language: "pt/x"}, false},
		{"a newer JSON version keeps the keys this one knows", `{"version":7,"ui_scale":1.5,"colour":"green"}`,
			Prefs{Version: 7, UIScale: 1.5}, false},
		{"JSON values out of range are dropped", `{"version":1,"ui_scale":40,"text_size":-1}`, Prefs{Version: 1}, false},
		{"broken JSON", `{"version":1,"ui_sc`, Prefs{}, true},
		{"JSON with no version", `{"ui_scale":1.5}`, Prefs{}, true},
		{"JSON with a nested value", `{"version":1,"ui_scale":{"x":1}}`, Prefs{}, true},
		{"JSON with a comma missing", `{"version":1 "ui_scale":1.5}`, Prefs{}, true},
		{"JSON with text after it", `{"version":1}x`, Prefs{}, true},
		{"half a JSON string", `{"version":1,"language":"en`, Prefs{}, true},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.data))
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("%s: got %+v, %v; want %+v, error %v", tt.name, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestEncodeRoundTrips(t *testing.T) {
	for _, p := range []Prefs{
		{},
		{UIScale: 1.1, TextSize: 1.3, HighContrast: true, Fullscreen: true, Language: "uk"},
		{UIScale: 0.75, Language: "pt-BR"},
	} {
		data := Encode(p)
		got, err := Decode(data)
		p.Version = Version
		if err != nil || got != p {
			t.Errorf("Encode then Decode of %+v: got %+v, %v; the file:\n%s", p, got, err, data)
		}
	}
	// A language that could break a line is not written.
	got, err := Decode(Encode(Prefs{Language: "en\nui_scale 3"}))
	if err != nil || got.Language != "" || got.UIScale != 0 {
		t.Errorf("a language with a line break: got %+v, %v", got, err)
	}
}

// The JSON reader never panics, and an error always means zero Prefs.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(v1))
	f.Add(Encode(Prefs{UIScale: 1.5, Language: "en"}))
	f.Add([]byte(`{"version":1,"language":"\"\\"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		if err != nil && p != (Prefs{}) {
			t.Errorf("an error with non-zero Prefs %+v", p)
		}
	})
}
