// The sổ điểm grid as a spreadsheet (progressive enhancement of the plain form on /so-diem/...):
// arrow keys, Enter and Tab move; a block pasted from Excel fills the cells from the focused one;
// Ctrl+Z / Ctrl+Y undo and redo; each cell is checked as it is typed; changes are queued and saved
// in the background through PUT .../marks with the version each cell was read at, retried until the
// server has them; a cell someone else changed meanwhile shows their value and lets the teacher
// take it or overwrite deliberately. Without this file the form still posts and saves.
(function () {
    'use strict';
    var form = document.querySelector('form[data-marks-api]');
    if (!form || !form.hasAttribute('data-can-write')) { return; }
    var api = form.getAttribute('data-marks-api');
    var table = form.querySelector('table.marks-grid');
    var statusEl = document.querySelector('[data-grid-status]');
    var retryButton = document.querySelector('[data-retry]');
    var historyButton = document.querySelector('[data-history]');
    var cellError = document.querySelector('[data-cell-error]');
    var conflictsEl = document.querySelector('[data-conflicts]');
    var reasonInput = form.querySelector('[name="reason"]');
    var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    var grid = Array.prototype.map.call(table.tBodies[0].rows, function (tr) {
        return Array.prototype.slice.call(tr.querySelectorAll('input[data-col]'));
    });
    var headings = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent.trim(); }).slice(2);

    var pending = new Map();   // "student|column" → input, waiting to be sent
    var inFlight = null;       // the batch being sent
    var timer = null;
    var retryDelay = 0;
    var undoStack = [];
    var redoStack = [];
    var lastCell = null;

    function studentOf(input) { return input.closest('tr').getAttribute('data-student'); }
    function keyOf(input) { return studentOf(input) + '|' + input.getAttribute('data-col'); }
    function nameOf(input) { return input.closest('tr').querySelector('th.name').firstChild.textContent.trim(); }
    function headingOf(input) { var p = position(input); return headings[p.col]; }
    function position(input) {
        for (var r = 0; r < grid.length; r++) {
            var c = grid[r].indexOf(input);
            if (c >= 0) { return { row: r, col: c }; }
        }
        return null;
    }
    function cellAt(row, col) { return grid[row] && grid[row][col]; }
    function writable(input) { return input && !input.readOnly; }

    // ---- Checking as you type: the same rules as the server (TT22 Điều 5; TT27 Điều 7) ----
    function splitNote(text) {
        var m = /\s*\((bù|vắng)\)\s*$/i.exec(text);
        if (!m) { return { text: text.trim(), note: null }; }
        return { text: text.slice(0, m.index).trim(), note: m[1].toLowerCase() === 'bù' ? 'MakeUp' : 'AbsentWithoutReason' };
    }
    function check(kind, raw) {
        var parts = splitNote(raw);
        var t = parts.text;
        if (parts.note && !(kind === 'Score' || kind === 'Comment')) { return 'Chỉ ghi “(bù)” hoặc “(vắng)” cho điểm TX, GK, CK.'; }
        if (t === '') { return parts.note ? 'Hãy nhập điểm trước “(' + (parts.note === 'MakeUp' ? 'bù' : 'vắng') + ')”.' : null; }
        var up = t.toUpperCase();
        if (kind === 'Comment') { return ['D', 'Đ', 'CD', 'CĐ'].indexOf(up) >= 0 ? null : '“' + t + '” không phải mức đánh giá: chỉ nhận Đ (Đạt) hoặc CĐ (Chưa đạt).'; }
        if (kind === 'Level') { return ['T', 'H', 'C'].indexOf(up) >= 0 ? null : '“' + t + '” không phải mức đánh giá: chỉ nhận T, H hoặc C.'; }
        if (!/^\d+([.,]\d+)?$/.test(t)) { return '“' + t + '” không phải là điểm: hãy nhập một số từ 0 đến 10, ví dụ 7,5.'; }
        var value = parseFloat(t.replace(',', '.'));
        if (value > 10) { return 'Điểm phải từ 0 đến 10 (đã nhập ' + t + ').'; }
        var decimals = (t.split(/[.,]/)[1] || '').replace(/0+$/, '').length;
        if (kind === 'Test' && decimals > 0) { return 'Điểm kiểm tra tiểu học là số nguyên từ 0 đến 10.'; }
        return decimals > 1 ? 'Điểm chỉ có tối đa một chữ số thập phân, ví dụ 7,5 (đã nhập ' + t + ').' : null;
    }
    function validate(input) {
        var error = check(input.getAttribute('data-kind'), input.value);
        input.classList.toggle('invalid', !!error);
        if (error) {
            input.setAttribute('aria-invalid', 'true');
            input.title = error;
        } else {
            input.removeAttribute('aria-invalid');
        }
        if (document.activeElement === input) { showCellError(input, error); }
        return !error;
    }
    function showCellError(input, error) {
        cellError.textContent = error ? nameOf(input) + ', ' + headingOf(input) + ': ' + error : '';
    }

    // ---- Status ----
    function setStatus(text, state) {
        statusEl.textContent = text;
        statusEl.setAttribute('data-state', state);
        retryButton.hidden = state !== 'error';
    }
    function unsaved() {
        return pending.size > 0 || inFlight !== null || grid.some(function (row) {
            return row.some(function (i) { return writable(i) && i.value.trim() !== i.getAttribute('data-saved'); });
        });
    }

    // ---- The queue ----
    function commit(input) {
        if (!writable(input)) { return; }
        var key = keyOf(input);
        if (!validate(input) || input.value.trim() === input.getAttribute('data-saved')) {
            pending.delete(key);
        } else {
            pending.set(key, input);
        }
        if (pending.size > 0) {
            setStatus('Đang lưu…', 'saving');
            schedule(600);
        }
    }
    function schedule(ms) {
        clearTimeout(timer);
        timer = setTimeout(send, ms);
    }
    function send() {
        if (inFlight || pending.size === 0) { return; }
        var batch = [];
        pending.forEach(function (input) { batch.push({ input: input, sent: input.value.trim() }); });
        pending.clear();
        inFlight = batch;
        setStatus('Đang lưu…', 'saving');
        var cells = batch.map(function (b) {
            var parts = splitNote(b.sent);
            return { studentId: studentOf(b.input), column: b.input.getAttribute('data-col'), value: parts.text, note: parts.note, version: +b.input.getAttribute('data-version') };
        });
        fetch(api, {
            method: 'PUT',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token },
            body: JSON.stringify({ cells: cells, reason: reasonInput ? reasonInput.value : null })
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (body) { return { status: response.status, body: body }; });
        }).then(function (answer) {
            inFlight = null;
            if (answer.status === 200) { return saved(batch, answer.body); }
            requeue(batch);
            if (answer.status >= 500 || answer.status === 429) { return failed(); }
            refused(batch, answer.body);
        }, function () {
            inFlight = null;
            requeue(batch);
            failed();
        });
    }
    function requeue(batch) {
        batch.forEach(function (b) { if (!pending.has(keyOf(b.input))) { pending.set(keyOf(b.input), b.input); } });
    }
    function failed() {
        // Nothing is lost: the cells stay queued and are sent again, sooner if the teacher asks.
        retryDelay = Math.min(retryDelay ? retryDelay * 2 : 2000, 30000);
        setStatus('Lỗi — thử lại', 'error');
        schedule(retryDelay);
    }
    function refused(batch, problem) {
        var errors = problem.errors || {};
        Object.keys(errors).forEach(function (field) {
            var m = /^cells\[(\d+)\]/.exec(field);
            if (m && batch[+m[1]]) {
                var input = batch[+m[1]].input;
                pending.delete(keyOf(input));
                input.classList.add('invalid');
                input.title = errors[field][0];
            }
        });
        if (errors.reason && reasonInput) { reasonInput.focus(); }
        setStatus('Lỗi — ' + (problem.detail || 'không lưu được.'), 'error');
        retryButton.hidden = true;
    }
    function saved(batch, result) {
        retryDelay = 0;
        var states = {};
        (result.cells || []).forEach(function (s) { states[s.studentId + '|' + s.column] = s; });
        var conflicted = {};
        (result.conflicts || []).forEach(function (c) { conflicted[c.studentId + '|' + c.column] = c; });
        batch.forEach(function (b) {
            var key = keyOf(b.input);
            if (conflicted[key]) { return showConflict(b.input, conflicted[key]); }
            if (!states[key]) { b.input.setAttribute('data-saved', b.sent); }
        });
        Object.keys(states).forEach(function (key) {
            var s = states[key];
            var input = findCell(s.studentId, s.column);
            if (!input) { return; }
            input.setAttribute('data-version', s.version);
            // The server's form of the value ("8" → "8.0", "đ" → "Đ"), unless the teacher typed on meanwhile.
            var shown = display(s);
            var sent = batch.filter(function (b) { return b.input === input; })[0];
            var unchanged = input.value.trim() === (sent ? sent.sent : input.getAttribute('data-saved'));
            input.setAttribute('data-saved', shown);
            if (unchanged) { input.value = shown; input.setAttribute('data-start', shown); }
        });
        (result.results || []).forEach(function (r) {
            var td = table.querySelector('tr[data-student="' + r.studentId + '"] td[data-result]');
            if (td) {
                td.textContent = r.exempt ? 'Miễn' : (r.result || 'Chưa đủ điểm');
                td.title = r.missing ? 'Thiếu ' + r.missing : '';
            }
        });
        if (pending.size > 0) { schedule(0); } else if (!conflictsEl.children.length) { setStatus('Đã lưu', 'saved'); } else { setStatus('Đã lưu các ô khác; xem các ô bị trùng bên dưới.', 'saved'); }
    }
    function display(s) {
        var v = s.value == null ? '' : ({ D: 'Đ', CD: 'CĐ' })[s.value] || s.value;
        return v && s.note === 'MakeUp' ? v + ' (bù)' : v && s.note === 'AbsentWithoutReason' ? v + ' (vắng)' : v;
    }
    function findCell(studentId, column) {
        return table.querySelector('tr[data-student="' + studentId + '"] input[data-col="' + column + '"]');
    }

    // ---- Conflicts: the teacher chooses ----
    function showConflict(input, conflict) {
        input.classList.add('conflict');
        input.title = conflict.message;
        var item = document.createElement('div');
        item.className = 'alert warn conflict-item';
        item.setAttribute('role', 'alert');
        var text = document.createElement('p');
        text.textContent = nameOf(input) + ', ' + headingOf(input) + ': ' + conflict.message;
        var theirs = document.createElement('button');
        theirs.type = 'button';
        theirs.className = 'secondary';
        theirs.textContent = 'Lấy giá trị mới (' + (display(conflict.current) || 'trống') + ')';
        var mine = document.createElement('button');
        mine.type = 'button';
        mine.className = 'secondary';
        mine.textContent = 'Ghi đè bằng giá trị của tôi (' + (input.value.trim() || 'trống') + ')';
        theirs.addEventListener('click', function () {
            input.value = display(conflict.current);
            input.setAttribute('data-saved', input.value);
            resolved(input, item, conflict);
        });
        mine.addEventListener('click', function () {
            resolved(input, item, conflict);
            commit(input);
        });
        item.appendChild(text);
        item.appendChild(theirs);
        item.appendChild(mine);
        conflictsEl.appendChild(item);
    }
    function resolved(input, item, conflict) {
        input.setAttribute('data-version', conflict.current.version);
        input.classList.remove('conflict');
        input.title = '';
        item.remove();
        validate(input);
        if (!conflictsEl.children.length && pending.size === 0) { setStatus('Đã lưu', 'saved'); }
    }

    // ---- Undo and redo: one step per edited cell or per paste ----
    function record(changes) {
        if (changes.length === 0) { return; }
        undoStack.push(changes);
        redoStack = [];
    }
    function replay(from, to, useBefore) {
        var changes = from.pop();
        if (!changes) { return; }
        to.push(changes);
        changes.forEach(function (c) {
            c.input.value = useBefore ? c.before : c.after;
            c.input.setAttribute('data-start', c.input.value);
            commit(c.input);
        });
        changes[0].input.focus();
    }

    // ---- Paste a column or a block from Excel ("7,5" is fine) ----
    function paste(input, text) {
        var lines = text.replace(/\r/g, '').split('\n');
        if (lines.length > 1 && lines[lines.length - 1] === '') { lines.pop(); }
        var start = position(input);
        var changes = [];
        lines.forEach(function (line, r) {
            line.split('\t').forEach(function (value, c) {
                var target = cellAt(start.row + r, start.col + c);
                if (writable(target) && target.value !== value.trim()) {
                    changes.push({ input: target, before: target.value, after: value.trim() });
                    target.value = value.trim();
                    target.setAttribute('data-start', target.value);
                }
            });
        });
        record(changes);
        changes.forEach(function (c) { commit(c.input); });
    }

    // ---- Keyboard ----
    function move(input, dRow, dCol) {
        var p = position(input);
        var target = cellAt(p.row + dRow, p.col + dCol);
        if (target) { target.focus(); }
    }
    table.addEventListener('focusin', function (e) {
        var input = e.target;
        if (!input.matches('input[data-col]')) { return; }
        lastCell = input;
        historyButton.hidden = false;
        input.setAttribute('data-start', input.value);
        input.select();
        showCellError(input, input.classList.contains('invalid') ? input.title : null);
    });
    table.addEventListener('input', function (e) { if (e.target.matches('input[data-col]')) { validate(e.target); } });
    table.addEventListener('change', function (e) {
        var input = e.target;
        if (!input.matches('input[data-col]')) { return; }
        var before = input.getAttribute('data-start');
        if (before !== input.value) { record([{ input: input, before: before, after: input.value }]); }
        input.setAttribute('data-start', input.value);
        commit(input);
    });
    table.addEventListener('paste', function (e) {
        var input = e.target;
        var text = (e.clipboardData || window.clipboardData).getData('text');
        if (!input.matches('input[data-col]') || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) { return; }
        e.preventDefault();
        paste(input, text);
    });
    table.addEventListener('keydown', function (e) {
        var input = e.target;
        if (!input.matches('input[data-col]')) { return; }
        var key = e.key;
        var ctrl = e.ctrlKey || e.metaKey;
        if (ctrl && (key === 'z' || key === 'Z') && !e.shiftKey) {
            e.preventDefault();
            if (input.value !== input.getAttribute('data-start')) { input.value = input.getAttribute('data-start'); validate(input); } else { replay(undoStack, redoStack, true); }
            return;
        }
        if (ctrl && (key === 'y' || key === 'Y' || ((key === 'z' || key === 'Z') && e.shiftKey))) {
            e.preventDefault();
            replay(redoStack, undoStack, false);
            return;
        }
        var all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
        if (key === 'ArrowUp') { e.preventDefault(); move(input, -1, 0); }
        else if (key === 'ArrowDown') { e.preventDefault(); move(input, 1, 0); }
        else if (key === 'Enter') { e.preventDefault(); move(input, e.shiftKey ? -1 : 1, 0); }
        else if (key === 'ArrowLeft' && (all || input.selectionStart === 0)) { e.preventDefault(); move(input, 0, -1); }
        else if (key === 'ArrowRight' && (all || input.selectionEnd === input.value.length)) { e.preventDefault(); move(input, 0, 1); }
        else if (key === 'Escape') { input.value = input.getAttribute('data-start'); validate(input); }
    });

    // ---- History of a cell, from the audit log ----
    historyButton.addEventListener('click', function () {
        if (!lastCell) { return; }
        var dialog = document.querySelector('[data-history-dialog]');
        var body = dialog.querySelector('tbody');
        dialog.querySelector('[data-history-cell]').textContent = nameOf(lastCell) + ', ' + headingOf(lastCell);
        body.textContent = '';
        fetch(api + '/history?studentId=' + studentOf(lastCell) + '&column=' + lastCell.getAttribute('data-col'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.json(); })
            .then(function (changes) {
                changes.forEach(function (c) {
                    var tr = body.insertRow();
                    [new Date(c.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }), c.by,
                        display({ value: c.oldValue, note: c.oldNote }), display({ value: c.newValue, note: c.newNote }), c.reason || '']
                        .forEach(function (v) { tr.insertCell().textContent = v; });
                });
                if (!changes.length) { body.insertRow().insertCell().textContent = 'Ô này chưa được sửa lần nào.'; }
                dialog.showModal();
            });
    });

    retryButton.addEventListener('click', function () { retryDelay = 0; schedule(0); });
    if (reasonInput) { reasonInput.addEventListener('change', function () { if (pending.size) { schedule(0); } }); }
    form.addEventListener('submit', function (e) {
        // With the script the form never posts: "Lưu" sends the queue now.
        e.preventDefault();
        if (document.activeElement && document.activeElement.matches('input[data-col]')) { commit(document.activeElement); }
        schedule(0);
    });
    window.addEventListener('beforeunload', function (e) {
        if (unsaved()) { e.preventDefault(); e.returnValue = ''; }
    });
    form.classList.add('enhanced');
}());
