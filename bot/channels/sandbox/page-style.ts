/** The sandbox page's CSS (inline; no external assets). */
export const PAGE_STYLE = `
:root { --bg:#f4f5f7; --panel:#fff; --line:#dde1e6; --accent:#b3261e; --out:#ffffff; --in:#dcf3e3; --muted:#5f6b7a; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; background:var(--bg); color:#1d2329; height:100vh; display:flex; flex-direction:column; }
header { padding:10px 18px; background:var(--accent); color:#fff; }
header h1 { margin:0; font-size:18px; }
header p { margin:2px 0 0; font-size:13px; opacity:.9; }
main { flex:1; display:flex; min-height:0; }
#sidebar { width:300px; background:var(--panel); border-right:1px solid var(--line); display:flex; flex-direction:column; min-height:0; }
.side-head { display:flex; align-items:center; justify-content:space-between; padding:10px 12px 4px; }
.side-head h2 { margin:0; font-size:15px; }
#refresh { font-size:12px; }
#new-guest { margin:6px 12px 8px; padding:8px; border:1px dashed var(--accent); background:#fff7f6; color:var(--accent); border-radius:6px; cursor:pointer; }
#personas { list-style:none; margin:0; padding:0; overflow-y:auto; flex:1; }
#personas li { padding:8px 12px; border-top:1px solid var(--line); cursor:pointer; }
#personas li:hover, #personas li:focus { background:#f0f3f6; outline:none; }
#personas li.active { background:#fde8e6; }
#personas .name { font-weight:600; }
#personas .meta { font-size:12px; color:var(--muted); }
#personas .empty { cursor:default; color:var(--muted); font-size:13px; }
#chat { flex:1; display:flex; flex-direction:column; min-width:0; }
#chat-head { display:flex; justify-content:space-between; align-items:center; padding:10px 16px; background:var(--panel); border-bottom:1px solid var(--line); }
#chat-title { font-weight:600; }
#chat-sub { font-size:12px; color:var(--muted); }
#open-console { font-size:13px; font-weight:600; margin-left:auto; margin-right:12px; }
.block-toggle { font-size:12px; color:var(--muted); }
#messages { flex:1; overflow-y:auto; padding:16px; display:flex; flex-direction:column; gap:8px; }
.msg { display:flex; flex-direction:column; max-width:75%; }
.msg-out { align-self:flex-start; }
.msg-in { align-self:flex-end; align-items:flex-end; }
.bubble { padding:8px 12px; border-radius:12px; white-space:pre-wrap; overflow-wrap:anywhere; box-shadow:0 1px 1px rgba(0,0,0,.08); }
.msg-out .bubble { background:var(--out); border-top-left-radius:3px; }
.msg-in .bubble { background:var(--in); border-top-right-radius:3px; }
.msg-failed .bubble { border:1px solid var(--accent); }
.note { font-size:12px; color:var(--accent); margin-top:2px; }
.time { font-size:11px; color:var(--muted); margin-top:2px; }
.media { font-weight:600; }
.hint { margin-top:6px; font-size:12px; color:var(--muted); }
#start-hint { max-width:560px; margin:24px auto; color:var(--muted); line-height:1.6; white-space:pre-line; }
.choices { display:flex; flex-wrap:wrap; gap:6px; margin-top:8px; }
.choices button { border:1px solid var(--accent); color:var(--accent); background:#fff; border-radius:16px; padding:4px 12px; cursor:pointer; font:inherit; font-size:14px; }
.choices button:hover { background:#fde8e6; }
#error { margin:0 16px 8px; padding:8px 12px; background:#fdecea; color:var(--accent); border-radius:6px; }
#location-panel { display:flex; gap:8px; align-items:center; flex-wrap:wrap; padding:8px 16px; background:#fffbe6; border-top:1px solid var(--line); }
#location-panel[hidden], #error[hidden] { display:none; }
#location-panel input { width:120px; }
#composer { display:flex; gap:8px; padding:10px 16px; background:var(--panel); border-top:1px solid var(--line); }
#text { flex:1; padding:8px 10px; border:1px solid var(--line); border-radius:6px; font:inherit; }
button { font:inherit; padding:6px 12px; border-radius:6px; border:1px solid var(--line); background:#fff; cursor:pointer; }
button[type=submit] { background:var(--accent); color:#fff; border-color:var(--accent); }
button:disabled, input:disabled { opacity:.5; cursor:not-allowed; }
@media (max-width: 720px) { main { flex-direction:column; } #sidebar { width:auto; max-height:35vh; } .msg { max-width:90%; } #chat-head { flex-wrap:wrap; gap:4px; } #composer { flex-wrap:wrap; } #text { min-width:0; flex-basis:100%; } }
`;
