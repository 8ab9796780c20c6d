package prefs

import "testing"

func TestDecodeIsTolerant(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		want    Prefs
		wantErr bool
	}{
		{"a good file", `{"version":1,"ui_scale":1.25,"text_size":1.15,"high_contrast":true,"fullscreen":true,"language":"en"}`,
			Prefs{Version: 1, UIScale: 1.25, TextSize: 1.15, HighContrast: true, Fullscreen: true, Language: "en"}, false},
		{"a newer version keeps the fields this one knows", `{"version":7,"ui_scale":1.5,"colour":"green"}`,
			Prefs{Version: 7, UIScale: 1.5}, false},
		{"values out of range are dropped", `{"version":1,"ui_scale":40,"text_size":-1}`, Prefs{Version: 1}, false},
		{"broken JSON", `{"version":1,"ui_sc`, Prefs{}, true},
		{"no version", `{"ui_scale":1.5}`, Prefs{}, true},
		{"not JSON at all", "\x00\x01garbage", Prefs{}, true},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.data))
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("%s: got %+v, %v; want %+v, error %v", tt.name, got, err, tt.want, tt.wantErr)
		}
	}
}
