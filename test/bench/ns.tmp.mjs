var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/papaparse/papaparse.js
var require_papaparse = __commonJS({
  "node_modules/papaparse/papaparse.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define([], factory);
      } else if (typeof module === "object" && typeof exports !== "undefined") {
        module.exports = factory();
      } else {
        root.Papa = factory();
      }
    })(exports, function moduleFactory() {
      "use strict";
      var global = (function() {
        if (typeof self !== "undefined") {
          return self;
        }
        if (typeof window !== "undefined") {
          return window;
        }
        if (typeof global !== "undefined") {
          return global;
        }
        return {};
      })();
      function getWorkerBlob() {
        var URL2 = global.URL || global.webkitURL || null;
        var code = moduleFactory.toString();
        return Papa7.BLOB_URL || (Papa7.BLOB_URL = URL2.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", code, ")();"], { type: "text/javascript" })));
      }
      var IS_WORKER = !global.document && !!global.postMessage, IS_PAPA_WORKER = global.IS_PAPA_WORKER || false;
      var workers = {}, workerIdCounter = 0;
      var Papa7 = {};
      Papa7.parse = CsvToJson;
      Papa7.unparse = JsonToCsv;
      Papa7.RECORD_SEP = String.fromCharCode(30);
      Papa7.UNIT_SEP = String.fromCharCode(31);
      Papa7.BYTE_ORDER_MARK = "\uFEFF";
      Papa7.BAD_DELIMITERS = ["\r", "\n", '"', Papa7.BYTE_ORDER_MARK];
      Papa7.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;
      Papa7.NODE_STREAM_INPUT = 1;
      Papa7.LocalChunkSize = 1024 * 1024 * 10;
      Papa7.RemoteChunkSize = 1024 * 1024 * 5;
      Papa7.DefaultDelimiter = ",";
      Papa7.Parser = Parser;
      Papa7.ParserHandle = ParserHandle;
      Papa7.NetworkStreamer = NetworkStreamer;
      Papa7.FileStreamer = FileStreamer;
      Papa7.StringStreamer = StringStreamer;
      Papa7.ReadableStreamStreamer = ReadableStreamStreamer;
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        Papa7.DuplexStreamStreamer = DuplexStreamStreamer;
      }
      if (IS_PAPA_WORKER) {
        global.onmessage = workerThreadReceivedMessage;
      }
      function stripBom(string) {
        if (string.charCodeAt(0) === 65279) {
          return string.slice(1);
        }
        return string;
      }
      function CsvToJson(_input, _config) {
        _config = _config || {};
        var dynamicTyping = _config.dynamicTyping || false;
        if (isFunction(dynamicTyping)) {
          _config.dynamicTypingFunction = dynamicTyping;
          dynamicTyping = {};
        }
        _config.dynamicTyping = dynamicTyping;
        _config.transform = isFunction(_config.transform) ? _config.transform : false;
        if (_config.downloadTimeout !== void 0) {
          var downloadTimeout = parseInt(_config.downloadTimeout);
          if (isNaN(downloadTimeout)) {
            throw new Error("Config downloadTimeout value (" + _config.downloadTimeout + ") not parsable by parseInt(val).");
          }
          _config.downloadTimeout = downloadTimeout;
        }
        if (_config.worker && Papa7.WORKERS_SUPPORTED) {
          var w = newWorker();
          w.userStep = _config.step;
          w.userChunk = _config.chunk;
          w.userComplete = _config.complete;
          w.userError = _config.error;
          _config.step = isFunction(_config.step);
          _config.chunk = isFunction(_config.chunk);
          _config.complete = isFunction(_config.complete);
          _config.error = isFunction(_config.error);
          delete _config.worker;
          w.postMessage({
            input: _input,
            config: _config,
            workerId: w.id
          });
          return;
        }
        var streamer = null;
        if (_input === Papa7.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === "undefined") {
          streamer = new DuplexStreamStreamer(_config);
          return streamer.getStream();
        } else if (typeof _input === "string") {
          _input = stripBom(_input);
          if (_config.download)
            streamer = new NetworkStreamer(_config);
          else
            streamer = new StringStreamer(_config);
        } else if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on)) {
          streamer = new ReadableStreamStreamer(_config);
        } else if (global.File && _input instanceof File || _input instanceof Object)
          streamer = new FileStreamer(_config);
        return streamer.stream(_input);
      }
      function JsonToCsv(_input, _config) {
        var _quotes = false;
        var _writeHeader = true;
        var _delimiter = ",";
        var _newline = "\r\n";
        var _quoteChar = '"';
        var _escapedQuote = _quoteChar + _quoteChar;
        var _skipEmptyLines = false;
        var _columns = null;
        var _escapeFormulae = false;
        unpackConfig();
        var quoteCharRegex = new RegExp(escapeRegExp(_quoteChar), "g");
        if (typeof _input === "string")
          _input = JSON.parse(_input);
        if (Array.isArray(_input)) {
          if (!_input.length)
            return serialize(_columns, _input, _skipEmptyLines);
          else if (Array.isArray(_input[0]))
            return serialize(null, _input, _skipEmptyLines);
          else if (typeof _input[0] === "object")
            return serialize(_columns || Object.keys(_input[0]), _input, _skipEmptyLines);
        } else if (typeof _input === "object") {
          if (typeof _input.data === "string")
            _input.data = JSON.parse(_input.data);
          if (Array.isArray(_input.data)) {
            if (!_input.fields)
              _input.fields = _input.meta && _input.meta.fields || _columns;
            if (!_input.fields)
              _input.fields = Array.isArray(_input.data[0]) ? _input.fields : typeof _input.data[0] === "object" ? Object.keys(_input.data[0]) : [];
            if (!Array.isArray(_input.data[0]) && typeof _input.data[0] !== "object")
              _input.data = [_input.data];
          }
          return serialize(_input.fields || [], _input.data || [], _skipEmptyLines);
        }
        throw new Error("Unable to serialize unrecognized input");
        function unpackConfig() {
          if (typeof _config !== "object")
            return;
          if (typeof _config.delimiter === "string" && !Papa7.BAD_DELIMITERS.filter(function(value) {
            return _config.delimiter.indexOf(value) !== -1;
          }).length) {
            _delimiter = _config.delimiter;
          }
          if (typeof _config.quotes === "boolean" || typeof _config.quotes === "function" || Array.isArray(_config.quotes))
            _quotes = _config.quotes;
          if (typeof _config.skipEmptyLines === "boolean" || typeof _config.skipEmptyLines === "string")
            _skipEmptyLines = _config.skipEmptyLines;
          if (typeof _config.newline === "string")
            _newline = _config.newline;
          if (typeof _config.quoteChar === "string") {
            _quoteChar = _config.quoteChar;
            _escapedQuote = _quoteChar + _quoteChar;
          }
          if (typeof _config.header === "boolean")
            _writeHeader = _config.header;
          if (Array.isArray(_config.columns)) {
            if (_config.columns.length === 0) throw new Error("Option columns is empty");
            _columns = _config.columns;
          }
          if (_config.escapeChar !== void 0) {
            _escapedQuote = _config.escapeChar + _quoteChar;
          }
          if (_config.escapeFormulae instanceof RegExp) {
            _escapeFormulae = _config.escapeFormulae;
          } else if (typeof _config.escapeFormulae === "boolean" && _config.escapeFormulae) {
            _escapeFormulae = /^[=+\-@\t\r].*$/;
          }
        }
        function serialize(fields, data, skipEmptyLines) {
          var csv = "";
          if (typeof fields === "string")
            fields = JSON.parse(fields);
          if (typeof data === "string")
            data = JSON.parse(data);
          var hasHeader = Array.isArray(fields) && fields.length > 0;
          var dataKeyedByField = !Array.isArray(data[0]);
          if (hasHeader && _writeHeader) {
            for (var i2 = 0; i2 < fields.length; i2++) {
              if (i2 > 0)
                csv += _delimiter;
              csv += safe(fields[i2], i2);
            }
            if (data.length > 0)
              csv += _newline;
          }
          for (var row = 0; row < data.length; row++) {
            var maxCol = hasHeader ? fields.length : data[row].length;
            var emptyLine = false;
            var nullLine = hasHeader ? Object.keys(data[row]).length === 0 : data[row].length === 0;
            if (skipEmptyLines && !hasHeader) {
              emptyLine = skipEmptyLines === "greedy" ? data[row].join("").trim() === "" : data[row].length === 1 && (data[row][0] === null || data[row][0] === void 0 || data[row][0].length === 0);
            }
            if (skipEmptyLines === "greedy" && hasHeader) {
              var line = [];
              for (var c = 0; c < maxCol; c++) {
                var cx = dataKeyedByField ? fields[c] : c;
                line.push(data[row][cx]);
              }
              emptyLine = line.join("").trim() === "";
            }
            if (!emptyLine) {
              for (var col = 0; col < maxCol; col++) {
                if (col > 0 && !nullLine)
                  csv += _delimiter;
                var colIdx = hasHeader && dataKeyedByField ? fields[col] : col;
                csv += safe(data[row][colIdx], col);
              }
              if (row < data.length - 1 && (!skipEmptyLines || maxCol > 0 && !nullLine)) {
                csv += _newline;
              }
            }
          }
          return csv;
        }
        function safe(str, col) {
          if (typeof str === "undefined" || str === null)
            return "";
          if (str.constructor === Date) {
            if (isNaN(str.getTime()))
              return "";
            return str.toISOString();
          }
          var needsQuotes = false;
          var strValue = str.toString();
          if (_escapeFormulae && typeof str !== "number" && typeof str !== "bigint" && typeof str !== "boolean" && _escapeFormulae.test(strValue)) {
            strValue = "'" + strValue;
            str = strValue;
            needsQuotes = true;
          }
          var escapedQuoteStr = strValue.replace(quoteCharRegex, _escapedQuote);
          needsQuotes = needsQuotes || _quotes === true || typeof _quotes === "function" && _quotes(str, col) || Array.isArray(_quotes) && _quotes[col] || hasAny(escapedQuoteStr, Papa7.BAD_DELIMITERS) || escapedQuoteStr.indexOf(_delimiter) > -1 || strValue.indexOf(_quoteChar) > -1 || escapedQuoteStr.charAt(0) === " " || escapedQuoteStr.charAt(escapedQuoteStr.length - 1) === " ";
          return needsQuotes ? _quoteChar + escapedQuoteStr + _quoteChar : escapedQuoteStr;
        }
        function hasAny(str, substrings) {
          for (var i2 = 0; i2 < substrings.length; i2++)
            if (str.indexOf(substrings[i2]) > -1)
              return true;
          return false;
        }
      }
      function ChunkStreamer(config) {
        this._handle = null;
        this._finished = false;
        this._completed = false;
        this._halted = false;
        this._input = null;
        this._baseIndex = 0;
        this._partialLine = "";
        this._rowCount = 0;
        this._start = 0;
        this._nextChunk = null;
        this.isFirstChunk = true;
        this._completeResults = {
          data: [],
          errors: [],
          meta: {}
        };
        replaceConfig.call(this, config);
        this.parseChunk = function(chunk, isFakeChunk) {
          const skipFirstNLines = parseInt(this._config.skipFirstNLines) || 0;
          if (this.isFirstChunk && skipFirstNLines > 0) {
            let _newline = this._config.newline;
            if (!_newline) {
              const quoteChar = this._config.quoteChar || '"';
              _newline = this._handle.guessLineEndings(chunk, quoteChar);
            }
            const splitChunk = chunk.split(_newline);
            chunk = [...splitChunk.slice(skipFirstNLines)].join(_newline);
          }
          if (this.isFirstChunk && isFunction(this._config.beforeFirstChunk)) {
            var modifiedChunk = this._config.beforeFirstChunk(chunk);
            if (modifiedChunk !== void 0)
              chunk = modifiedChunk;
          }
          this.isFirstChunk = false;
          this._halted = false;
          var aggregate = this._partialLine + chunk;
          this._partialLine = "";
          var results = this._handle.parse(aggregate, this._baseIndex, !this._finished);
          if (this._handle.paused() || this._handle.aborted()) {
            this._halted = true;
            return;
          }
          var lastIndex = results.meta.cursor;
          if (!this._finished) {
            this._partialLine = aggregate.substring(lastIndex - this._baseIndex);
            this._baseIndex = lastIndex;
          }
          if (results && results.data)
            this._rowCount += results.data.length;
          var finishedIncludingPreview = this._finished || this._config.preview && this._rowCount >= this._config.preview;
          if (IS_PAPA_WORKER) {
            global.postMessage({
              results,
              workerId: Papa7.WORKER_ID,
              finished: finishedIncludingPreview
            });
          } else if (isFunction(this._config.chunk) && !isFakeChunk) {
            this._config.chunk(results, this._handle);
            if (this._handle.paused() || this._handle.aborted()) {
              this._halted = true;
              return;
            }
            results = void 0;
            this._completeResults = void 0;
          }
          if (!this._config.step && !this._config.chunk) {
            this._completeResults.data = this._completeResults.data.concat(results.data);
            this._completeResults.errors = this._completeResults.errors.concat(results.errors);
            this._completeResults.meta = results.meta;
          }
          if (!this._completed && finishedIncludingPreview && isFunction(this._config.complete) && (!results || !results.meta.aborted)) {
            this._config.complete(this._completeResults, this._input);
            this._completed = true;
          }
          if (!finishedIncludingPreview && (!results || !results.meta.paused))
            this._nextChunk();
          return results;
        };
        this._sendError = function(error) {
          if (isFunction(this._config.error))
            this._config.error(error);
          else if (IS_PAPA_WORKER && this._config.error) {
            global.postMessage({
              workerId: Papa7.WORKER_ID,
              error,
              finished: false
            });
          }
        };
        function replaceConfig(config2) {
          var configCopy = copy(config2);
          configCopy.chunkSize = parseInt(configCopy.chunkSize);
          if (!config2.step && !config2.chunk)
            configCopy.chunkSize = null;
          this._handle = new ParserHandle(configCopy);
          this._handle.streamer = this;
          this._config = configCopy;
        }
      }
      function NetworkStreamer(config) {
        config = config || {};
        if (!config.chunkSize)
          config.chunkSize = Papa7.RemoteChunkSize;
        ChunkStreamer.call(this, config);
        var xhr;
        if (IS_WORKER) {
          this._nextChunk = function() {
            this._readChunk();
            this._chunkLoaded();
          };
        } else {
          this._nextChunk = function() {
            this._readChunk();
          };
        }
        this.stream = function(url) {
          this._input = url;
          this._nextChunk();
        };
        this._readChunk = function() {
          if (this._finished) {
            this._chunkLoaded();
            return;
          }
          xhr = new XMLHttpRequest();
          if (this._config.withCredentials) {
            xhr.withCredentials = this._config.withCredentials;
          }
          if (!IS_WORKER) {
            xhr.onload = bindFunction(this._chunkLoaded, this);
            xhr.onerror = bindFunction(this._chunkError, this);
          }
          xhr.ontimeout = bindFunction(this._chunkTimeout, this);
          xhr.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !IS_WORKER);
          if (this._config.downloadTimeout && !IS_WORKER) {
            xhr.timeout = this._config.downloadTimeout;
          }
          if (this._config.downloadRequestHeaders) {
            var headers = this._config.downloadRequestHeaders;
            for (var headerName in headers) {
              xhr.setRequestHeader(headerName, headers[headerName]);
            }
          }
          if (this._config.chunkSize) {
            var end = this._start + this._config.chunkSize - 1;
            xhr.setRequestHeader("Range", "bytes=" + this._start + "-" + end);
          }
          try {
            xhr.send(this._config.downloadRequestBody);
          } catch (err2) {
            this._chunkError(err2.message);
          }
          if (IS_WORKER && xhr.status === 0)
            this._chunkError();
        };
        this._chunkLoaded = function() {
          if (xhr.readyState !== 4)
            return;
          if (xhr.status < 200 || xhr.status >= 400) {
            this._chunkError();
            return;
          }
          this._start += this._config.chunkSize ? this._config.chunkSize : xhr.responseText.length;
          this._finished = !this._config.chunkSize || this._start >= getFileSize(xhr);
          this.parseChunk(xhr.responseText);
        };
        this._chunkError = function(errorMessage) {
          var errorText = xhr.statusText || errorMessage;
          this._sendError(new Error(errorText));
        };
        this._chunkTimeout = function() {
          this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
        };
        function getFileSize(xhr2) {
          var contentRange = xhr2.getResponseHeader("Content-Range");
          if (contentRange === null) {
            return -1;
          }
          return parseInt(contentRange.substring(contentRange.lastIndexOf("/") + 1));
        }
      }
      NetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);
      NetworkStreamer.prototype.constructor = NetworkStreamer;
      function FileStreamer(config) {
        config = config || {};
        if (!config.chunkSize)
          config.chunkSize = Papa7.LocalChunkSize;
        ChunkStreamer.call(this, config);
        var reader, slice;
        var usingAsyncReader = typeof FileReader !== "undefined";
        this.stream = function(file) {
          this._input = file;
          slice = file.slice || file.webkitSlice || file.mozSlice;
          if (usingAsyncReader) {
            reader = new FileReader();
            reader.onload = bindFunction(this._chunkLoaded, this);
            reader.onerror = bindFunction(this._chunkError, this);
          } else
            reader = new FileReaderSync();
          this._nextChunk();
        };
        this._nextChunk = function() {
          if (!this._finished && (!this._config.preview || this._rowCount < this._config.preview))
            this._readChunk();
        };
        this._readChunk = function() {
          var input = this._input;
          if (this._config.chunkSize) {
            var end = Math.min(this._start + this._config.chunkSize, this._input.size);
            input = slice.call(input, this._start, end);
          }
          var txt = reader.readAsText(input, this._config.encoding);
          if (!usingAsyncReader)
            this._chunkLoaded({ target: { result: txt } });
        };
        this._chunkLoaded = function(event) {
          this._start += this._config.chunkSize;
          this._finished = !this._config.chunkSize || this._start >= this._input.size;
          this.parseChunk(event.target.result);
        };
        this._chunkError = function() {
          this._sendError(reader.error);
        };
      }
      FileStreamer.prototype = Object.create(ChunkStreamer.prototype);
      FileStreamer.prototype.constructor = FileStreamer;
      function StringStreamer(config) {
        config = config || {};
        ChunkStreamer.call(this, config);
        var remaining;
        this.stream = function(s) {
          remaining = s;
          return this._nextChunk();
        };
        this._nextChunk = function() {
          if (this._finished) return;
          var size = this._config.chunkSize;
          var chunk;
          if (size) {
            chunk = remaining.substring(0, size);
            remaining = remaining.substring(size);
          } else {
            chunk = remaining;
            remaining = "";
          }
          this._finished = !remaining;
          return this.parseChunk(chunk);
        };
      }
      StringStreamer.prototype = Object.create(StringStreamer.prototype);
      StringStreamer.prototype.constructor = StringStreamer;
      function ReadableStreamStreamer(config) {
        config = config || {};
        ChunkStreamer.call(this, config);
        var queue = [];
        var parseOnData = true;
        var streamHasEnded = false;
        this.pause = function() {
          ChunkStreamer.prototype.pause.apply(this, arguments);
          this._input.pause();
        };
        this.resume = function() {
          ChunkStreamer.prototype.resume.apply(this, arguments);
          this._input.resume();
        };
        this.stream = function(stream) {
          this._input = stream;
          this._input.on("data", this._streamData);
          this._input.on("end", this._streamEnd);
          this._input.on("error", this._streamError);
        };
        this._checkIsFinished = function() {
          if (streamHasEnded && queue.length === 1) {
            this._finished = true;
          }
        };
        this._nextChunk = function() {
          this._checkIsFinished();
          if (queue.length) {
            this.parseChunk(queue.shift());
          } else {
            parseOnData = true;
          }
        };
        this._streamData = bindFunction(function(chunk) {
          try {
            queue.push(typeof chunk === "string" ? chunk : chunk.toString(this._config.encoding));
            if (parseOnData) {
              parseOnData = false;
              this._checkIsFinished();
              this.parseChunk(queue.shift());
            }
          } catch (error) {
            this._streamError(error);
          }
        }, this);
        this._streamError = bindFunction(function(error) {
          this._streamCleanUp();
          this._sendError(error);
        }, this);
        this._streamEnd = bindFunction(function() {
          this._streamCleanUp();
          streamHasEnded = true;
          this._streamData("");
        }, this);
        this._streamCleanUp = bindFunction(function() {
          this._input.removeListener("data", this._streamData);
          this._input.removeListener("end", this._streamEnd);
          this._input.removeListener("error", this._streamError);
        }, this);
      }
      ReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
      ReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;
      function DuplexStreamStreamer(_config) {
        var Duplex = __require("stream").Duplex;
        var config = copy(_config);
        var parseOnWrite = true;
        var writeStreamHasFinished = false;
        var parseCallbackQueue = [];
        var stream = null;
        this._onCsvData = function(results) {
          var data = results.data;
          if (!stream.push(data) && !this._handle.paused()) {
            this._handle.pause();
          }
        };
        this._onCsvComplete = function() {
          stream.push(null);
        };
        config.step = bindFunction(this._onCsvData, this);
        config.complete = bindFunction(this._onCsvComplete, this);
        ChunkStreamer.call(this, config);
        this._nextChunk = function() {
          if (writeStreamHasFinished && parseCallbackQueue.length === 1) {
            this._finished = true;
          }
          if (parseCallbackQueue.length) {
            parseCallbackQueue.shift()();
          } else {
            parseOnWrite = true;
          }
        };
        this._addToParseQueue = function(chunk, callback) {
          parseCallbackQueue.push(bindFunction(function() {
            this.parseChunk(typeof chunk === "string" ? chunk : chunk.toString(config.encoding));
            if (isFunction(callback)) {
              return callback();
            }
          }, this));
          if (parseOnWrite) {
            parseOnWrite = false;
            this._nextChunk();
          }
        };
        this._onRead = function() {
          if (this._handle.paused()) {
            this._handle.resume();
          }
        };
        this._onWrite = function(chunk, encoding, callback) {
          this._addToParseQueue(chunk, callback);
        };
        this._onWriteComplete = function() {
          writeStreamHasFinished = true;
          this._addToParseQueue("");
        };
        this.getStream = function() {
          return stream;
        };
        stream = new Duplex({
          readableObjectMode: true,
          decodeStrings: false,
          read: bindFunction(this._onRead, this),
          write: bindFunction(this._onWrite, this)
        });
        stream.once("finish", bindFunction(this._onWriteComplete, this));
      }
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        DuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
        DuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;
      }
      function ParserHandle(_config) {
        var MAX_FLOAT = Math.pow(2, 53);
        var MIN_FLOAT = -MAX_FLOAT;
        var FLOAT = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;
        var ISO_DATE = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;
        var self2 = this;
        var _stepCounter = 0;
        var _rowCounter = 0;
        var _input;
        var _parser;
        var _paused = false;
        var _aborted = false;
        var _delimiterError;
        var _fields = [];
        var _results = {
          // The last results returned from the parser
          data: [],
          errors: [],
          meta: {}
        };
        if (isFunction(_config.step)) {
          var userStep = _config.step;
          _config.step = function(results) {
            _results = results;
            if (needsHeaderRow())
              processResults();
            else {
              processResults();
              if (_results.data.length === 0)
                return;
              _stepCounter += results.data.length;
              if (_config.preview && _stepCounter > _config.preview)
                _parser.abort();
              else {
                _results.data = _results.data[0];
                userStep(_results, self2);
              }
            }
          };
        }
        this.parse = function(input, baseIndex, ignoreLastRow) {
          var quoteChar = _config.quoteChar || '"';
          if (!_config.newline)
            _config.newline = this.guessLineEndings(input, quoteChar);
          _delimiterError = false;
          if (!_config.delimiter) {
            var delimGuess = guessDelimiter(input, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);
            if (delimGuess.successful)
              _config.delimiter = delimGuess.bestDelimiter;
            else {
              _delimiterError = true;
              _config.delimiter = Papa7.DefaultDelimiter;
            }
            _results.meta.delimiter = _config.delimiter;
          } else if (isFunction(_config.delimiter)) {
            _config.delimiter = _config.delimiter(input);
            _results.meta.delimiter = _config.delimiter;
          }
          var parserConfig = copy(_config);
          parserConfig.header = needsHeaderRow();
          if (_config.preview && _config.header)
            parserConfig.preview++;
          _input = input;
          _parser = new Parser(parserConfig);
          _results = _parser.parse(_input, baseIndex, ignoreLastRow);
          processResults();
          return _paused ? { meta: { paused: true } } : _results || { meta: { paused: false } };
        };
        this.paused = function() {
          return _paused;
        };
        this.pause = function() {
          _paused = true;
          _parser.abort();
          _input = isFunction(_config.chunk) ? "" : _input.substring(_parser.getCharIndex());
        };
        this.resume = function() {
          if (self2.streamer._halted) {
            _paused = false;
            self2.streamer.parseChunk(_input, true);
          } else {
            setTimeout(self2.resume, 3);
          }
        };
        this.aborted = function() {
          return _aborted;
        };
        this.abort = function() {
          _aborted = true;
          _parser.abort();
          _results.meta.aborted = true;
          if (isFunction(_config.complete))
            _config.complete(_results);
          _input = "";
        };
        this.guessLineEndings = function(input, quoteChar) {
          input = input.substring(0, 1024 * 1024);
          var re = new RegExp(escapeRegExp(quoteChar) + "([^]*?)" + escapeRegExp(quoteChar), "gm");
          input = input.replace(re, "");
          var r = input.split("\r");
          var n = input.split("\n");
          var nAppearsFirst = n.length > 1 && n[0].length < r[0].length;
          if (r.length === 1 || nAppearsFirst)
            return "\n";
          var numWithN = 0;
          for (var i2 = 0; i2 < r.length; i2++) {
            if (r[i2][0] === "\n")
              numWithN++;
          }
          return numWithN >= r.length / 2 ? "\r\n" : "\r";
        };
        function testEmptyLine(s) {
          return _config.skipEmptyLines === "greedy" ? s.join("").trim() === "" : s.length === 1 && s[0].length === 0;
        }
        function testFloat(s) {
          if (FLOAT.test(s)) {
            var floatValue = parseFloat(s);
            if (floatValue > MIN_FLOAT && floatValue < MAX_FLOAT) {
              return true;
            }
          }
          return false;
        }
        function processResults() {
          if (_results && _delimiterError) {
            addError("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + Papa7.DefaultDelimiter + "'");
            _delimiterError = false;
          }
          if (_config.skipEmptyLines) {
            _results.data = _results.data.filter(function(d2) {
              return !testEmptyLine(d2);
            });
          }
          if (needsHeaderRow())
            fillHeaderFields();
          return applyHeaderAndDynamicTypingAndTransformation();
        }
        function needsHeaderRow() {
          return _config.header && _fields.length === 0;
        }
        function fillHeaderFields() {
          if (!_results)
            return;
          function addHeader(header) {
            _fields.push(header);
          }
          if (Array.isArray(_results.data[0])) {
            for (var i2 = 0; needsHeaderRow() && i2 < _results.data.length; i2++)
              _results.data[i2].forEach(addHeader);
            _results.data.splice(0, 1);
          } else
            _results.data.forEach(addHeader);
        }
        function shouldApplyDynamicTyping(field) {
          if (_config.dynamicTypingFunction && _config.dynamicTyping[field] === void 0) {
            _config.dynamicTyping[field] = _config.dynamicTypingFunction(field);
          }
          return (_config.dynamicTyping[field] || _config.dynamicTyping) === true;
        }
        function parseDynamic(field, value) {
          if (shouldApplyDynamicTyping(field)) {
            if (value === "true" || value === "TRUE")
              return true;
            else if (value === "false" || value === "FALSE")
              return false;
            else if (testFloat(value))
              return parseFloat(value);
            else if (ISO_DATE.test(value))
              return new Date(value);
            else
              return value === "" ? null : value;
          }
          return value;
        }
        function applyHeaderAndDynamicTypingAndTransformation() {
          if (!_results || !_config.header && !_config.dynamicTyping && !_config.transform)
            return _results;
          function processRow(rowSource, i2) {
            var row = _config.header ? {} : [];
            var j;
            for (j = 0; j < rowSource.length; j++) {
              var field = j;
              var value = rowSource[j];
              if (_config.header)
                field = j >= _fields.length ? "__parsed_extra" : _fields[j];
              if (_config.transform)
                value = _config.transform(value, field);
              value = parseDynamic(field, value);
              if (field === "__parsed_extra") {
                row[field] = row[field] || [];
                row[field].push(value);
              } else
                row[field] = value;
            }
            if (_config.header) {
              if (j > _fields.length)
                addError("FieldMismatch", "TooManyFields", "Too many fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i2);
              else if (j < _fields.length)
                addError("FieldMismatch", "TooFewFields", "Too few fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i2);
            }
            return row;
          }
          var incrementBy = 1;
          if (!_results.data.length || Array.isArray(_results.data[0])) {
            _results.data = _results.data.map(processRow);
            incrementBy = _results.data.length;
          } else
            _results.data = processRow(_results.data, 0);
          if (_config.header && _results.meta)
            _results.meta.fields = _fields;
          _rowCounter += incrementBy;
          return _results;
        }
        function guessDelimiter(input, newline, skipEmptyLines, comments, delimitersToGuess) {
          var bestDelim, bestDelta, fieldCountPrevRow, maxFieldCount;
          delimitersToGuess = delimitersToGuess || [",", "	", "|", ";", Papa7.RECORD_SEP, Papa7.UNIT_SEP];
          for (var i2 = 0; i2 < delimitersToGuess.length; i2++) {
            var delim = delimitersToGuess[i2];
            var delta = 0, avgFieldCount = 0, emptyLinesCount = 0;
            fieldCountPrevRow = void 0;
            var preview2 = new Parser({
              comments,
              delimiter: delim,
              newline,
              preview: 10
            }).parse(input);
            for (var j = 0; j < preview2.data.length; j++) {
              if (skipEmptyLines && testEmptyLine(preview2.data[j])) {
                emptyLinesCount++;
                continue;
              }
              var fieldCount = preview2.data[j].length;
              avgFieldCount += fieldCount;
              if (typeof fieldCountPrevRow === "undefined") {
                fieldCountPrevRow = fieldCount;
                continue;
              } else if (fieldCount > 0) {
                delta += Math.abs(fieldCount - fieldCountPrevRow);
                fieldCountPrevRow = fieldCount;
              }
            }
            if (preview2.data.length > 0)
              avgFieldCount /= preview2.data.length - emptyLinesCount;
            if (avgFieldCount > 1.99 && (typeof bestDelta === "undefined" || delta < bestDelta || delta === bestDelta && avgFieldCount > maxFieldCount)) {
              bestDelta = delta;
              bestDelim = delim;
              maxFieldCount = avgFieldCount;
            }
          }
          _config.delimiter = bestDelim;
          return {
            successful: !!bestDelim,
            bestDelimiter: bestDelim
          };
        }
        function addError(type, code, msg, row) {
          var error = {
            type,
            code,
            message: msg
          };
          if (row !== void 0) {
            error.row = row;
          }
          _results.errors.push(error);
        }
      }
      function escapeRegExp(string) {
        return string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      function Parser(config) {
        config = config || {};
        var delim = config.delimiter;
        var newline = config.newline;
        var comments = config.comments;
        var step = config.step;
        var preview2 = config.preview;
        var fastMode = config.fastMode;
        var quoteChar;
        var renamedHeaders = null;
        var headerParsed = false;
        if (config.quoteChar === void 0 || config.quoteChar === null) {
          quoteChar = '"';
        } else {
          quoteChar = config.quoteChar;
        }
        var escapeChar = quoteChar;
        if (config.escapeChar !== void 0) {
          escapeChar = config.escapeChar;
        }
        if (typeof delim !== "string" || Papa7.BAD_DELIMITERS.indexOf(delim) > -1)
          delim = ",";
        if (comments === delim)
          throw new Error("Comment character same as delimiter");
        else if (comments === true)
          comments = "#";
        else if (typeof comments !== "string" || Papa7.BAD_DELIMITERS.indexOf(comments) > -1)
          comments = false;
        if (newline !== "\n" && newline !== "\r" && newline !== "\r\n")
          newline = "\n";
        var cursor = 0;
        var aborted = false;
        this.parse = function(input, baseIndex, ignoreLastRow) {
          if (typeof input !== "string")
            throw new Error("Input must be a string");
          var inputLen = input.length, delimLen = delim.length, newlineLen = newline.length, commentsLen = comments.length;
          var stepIsFunction = isFunction(step);
          cursor = 0;
          var data = [], errors = [], row = [], lastCursor = 0;
          if (!input)
            return returnable();
          if (fastMode || fastMode !== false && input.indexOf(quoteChar) === -1) {
            var rows2 = input.split(newline);
            for (var i2 = 0; i2 < rows2.length; i2++) {
              row = rows2[i2];
              cursor += row.length;
              if (i2 !== rows2.length - 1)
                cursor += newline.length;
              else if (ignoreLastRow)
                return returnable();
              if (comments && row.substring(0, commentsLen) === comments)
                continue;
              if (stepIsFunction) {
                data = [];
                pushRow(row.split(delim));
                doStep();
                if (aborted)
                  return returnable();
              } else
                pushRow(row.split(delim));
              if (preview2 && i2 >= preview2) {
                data = data.slice(0, preview2);
                return returnable(true);
              }
            }
            return returnable();
          }
          var nextDelim = input.indexOf(delim, cursor);
          var nextNewline = input.indexOf(newline, cursor);
          var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), "g");
          var quoteSearch = input.indexOf(quoteChar, cursor);
          for (; ; ) {
            if (input[cursor] === quoteChar) {
              quoteSearch = cursor;
              cursor++;
              for (; ; ) {
                quoteSearch = input.indexOf(quoteChar, quoteSearch + 1);
                if (quoteSearch === -1) {
                  if (!ignoreLastRow) {
                    errors.push({
                      type: "Quotes",
                      code: "MissingQuotes",
                      message: "Quoted field unterminated",
                      row: data.length,
                      // row has yet to be inserted
                      index: cursor
                    });
                  }
                  return finish();
                }
                if (quoteSearch === inputLen - 1) {
                  var value = input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar);
                  return finish(value);
                }
                if (quoteChar === escapeChar && input[quoteSearch + 1] === escapeChar) {
                  quoteSearch++;
                  continue;
                }
                if (quoteChar !== escapeChar && quoteSearch !== 0 && input[quoteSearch - 1] === escapeChar) {
                  continue;
                }
                if (nextDelim !== -1 && nextDelim < quoteSearch + 1) {
                  nextDelim = input.indexOf(delim, quoteSearch + 1);
                }
                if (nextNewline !== -1 && nextNewline < quoteSearch + 1) {
                  nextNewline = input.indexOf(newline, quoteSearch + 1);
                }
                var checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
                var spacesBetweenQuoteAndDelimiter = extraSpaces(checkUpTo);
                if (input.substr(quoteSearch + 1 + spacesBetweenQuoteAndDelimiter, delimLen) === delim) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  cursor = quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen;
                  if (input[quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen] !== quoteChar) {
                    quoteSearch = input.indexOf(quoteChar, cursor);
                  }
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  if (nextNewline !== -1 && nextNewline < cursor)
                    nextNewline = input.indexOf(newline, cursor);
                  break;
                }
                var spacesBetweenQuoteAndNewLine = extraSpaces(nextNewline);
                if (input.substring(quoteSearch + 1 + spacesBetweenQuoteAndNewLine, quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen) === newline) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  saveRow(quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen);
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  quoteSearch = input.indexOf(quoteChar, cursor);
                  if (stepIsFunction) {
                    doStep();
                    if (aborted)
                      return returnable();
                  }
                  if (preview2 && data.length >= preview2)
                    return returnable(true);
                  break;
                }
                errors.push({
                  type: "Quotes",
                  code: "InvalidQuotes",
                  message: "Trailing quote on quoted field is malformed",
                  row: data.length,
                  // row has yet to be inserted
                  index: cursor
                });
                quoteSearch++;
                continue;
              }
              continue;
            }
            if (comments && row.length === 0 && input.substring(cursor, cursor + commentsLen) === comments) {
              if (nextNewline === -1)
                return returnable();
              cursor = nextNewline + newlineLen;
              nextNewline = input.indexOf(newline, cursor);
              if (nextDelim !== -1 && nextDelim < cursor)
                nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
              row.push(input.substring(cursor, nextDelim));
              cursor = nextDelim + delimLen;
              nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextNewline !== -1) {
              row.push(input.substring(cursor, nextNewline));
              saveRow(nextNewline + newlineLen);
              if (stepIsFunction) {
                doStep();
                if (aborted)
                  return returnable();
              }
              if (preview2 && data.length >= preview2)
                return returnable(true);
              continue;
            }
            break;
          }
          return finish();
          function pushRow(row2) {
            data.push(row2);
            lastCursor = cursor;
          }
          function extraSpaces(index) {
            var spaceLength = 0;
            if (index !== -1) {
              var textBetweenClosingQuoteAndIndex = input.substring(quoteSearch + 1, index);
              if (textBetweenClosingQuoteAndIndex && textBetweenClosingQuoteAndIndex.trim() === "") {
                spaceLength = textBetweenClosingQuoteAndIndex.length;
              }
            }
            return spaceLength;
          }
          function finish(value2) {
            if (ignoreLastRow)
              return returnable();
            if (typeof value2 === "undefined")
              value2 = input.substring(cursor);
            row.push(value2);
            cursor = inputLen;
            pushRow(row);
            if (stepIsFunction)
              doStep();
            return returnable();
          }
          function saveRow(newCursor) {
            cursor = newCursor;
            pushRow(row);
            row = [];
            nextNewline = input.indexOf(newline, cursor);
          }
          function returnable(stopped) {
            if (config.header && !baseIndex && data.length && !headerParsed) {
              const result = data[0];
              const headerCount = /* @__PURE__ */ Object.create(null);
              const usedHeaders = new Set(result);
              let duplicateHeaders = false;
              for (let i3 = 0; i3 < result.length; i3++) {
                let header = stripBom(result[i3]);
                if (isFunction(config.transformHeader))
                  header = config.transformHeader(header, i3);
                if (!headerCount[header]) {
                  headerCount[header] = 1;
                  result[i3] = header;
                } else {
                  let newHeader;
                  let suffixCount = headerCount[header];
                  do {
                    newHeader = `${header}_${suffixCount}`;
                    suffixCount++;
                  } while (usedHeaders.has(newHeader));
                  usedHeaders.add(newHeader);
                  result[i3] = newHeader;
                  headerCount[header]++;
                  duplicateHeaders = true;
                  if (renamedHeaders === null) {
                    renamedHeaders = {};
                  }
                  renamedHeaders[newHeader] = header;
                }
                usedHeaders.add(header);
              }
              if (duplicateHeaders) {
                console.warn("Duplicate headers found and renamed.");
              }
              headerParsed = true;
            }
            return {
              data,
              errors,
              meta: {
                delimiter: delim,
                linebreak: newline,
                aborted,
                truncated: !!stopped,
                cursor: lastCursor + (baseIndex || 0),
                renamedHeaders
              }
            };
          }
          function doStep() {
            step(returnable());
            data = [];
            errors = [];
          }
        };
        this.abort = function() {
          aborted = true;
        };
        this.getCharIndex = function() {
          return cursor;
        };
      }
      function newWorker() {
        if (!Papa7.WORKERS_SUPPORTED)
          return false;
        var workerUrl = getWorkerBlob();
        var w = new global.Worker(workerUrl);
        w.onmessage = mainThreadReceivedMessage;
        w.id = workerIdCounter++;
        workers[w.id] = w;
        return w;
      }
      function mainThreadReceivedMessage(e) {
        var msg = e.data;
        var worker = workers[msg.workerId];
        var aborted = false;
        if (msg.error)
          worker.userError(msg.error, msg.file);
        else if (msg.results && msg.results.data) {
          var abort = function() {
            aborted = true;
            completeWorker(msg.workerId, { data: [], errors: [], meta: { aborted: true } });
          };
          var handle = {
            abort,
            pause: notImplemented,
            resume: notImplemented
          };
          if (isFunction(worker.userStep)) {
            for (var i2 = 0; i2 < msg.results.data.length; i2++) {
              worker.userStep({
                data: msg.results.data[i2],
                errors: msg.results.errors,
                meta: msg.results.meta
              }, handle);
              if (aborted)
                break;
            }
            delete msg.results;
          } else if (isFunction(worker.userChunk)) {
            worker.userChunk(msg.results, handle, msg.file);
            delete msg.results;
          }
        }
        if (msg.finished && !aborted)
          completeWorker(msg.workerId, msg.results);
      }
      function completeWorker(workerId, results) {
        var worker = workers[workerId];
        if (isFunction(worker.userComplete))
          worker.userComplete(results);
        worker.terminate();
        delete workers[workerId];
      }
      function notImplemented() {
        throw new Error("Not implemented.");
      }
      function workerThreadReceivedMessage(e) {
        var msg = e.data;
        if (typeof Papa7.WORKER_ID === "undefined" && msg)
          Papa7.WORKER_ID = msg.workerId;
        if (typeof msg.input === "string") {
          global.postMessage({
            workerId: Papa7.WORKER_ID,
            results: Papa7.parse(msg.input, msg.config),
            finished: true
          });
        } else if (global.File && msg.input instanceof File || msg.input instanceof Object) {
          var results = Papa7.parse(msg.input, msg.config);
          if (results)
            global.postMessage({
              workerId: Papa7.WORKER_ID,
              results,
              finished: true
            });
        }
      }
      function copy(obj) {
        if (typeof obj !== "object" || obj === null)
          return obj;
        var cpy = Array.isArray(obj) ? [] : {};
        for (var key in obj)
          cpy[key] = copy(obj[key]);
        return cpy;
      }
      function bindFunction(f, self2) {
        return function() {
          f.apply(self2, arguments);
        };
      }
      function isFunction(func) {
        return typeof func === "function";
      }
      return Papa7;
    });
  }
});

// node_modules/fflate/esm/index.mjs
var esm_exports = {};
__export(esm_exports, {
  AsyncCompress: () => AsyncGzip,
  AsyncDecompress: () => AsyncDecompress,
  AsyncDeflate: () => AsyncDeflate,
  AsyncGunzip: () => AsyncGunzip,
  AsyncGzip: () => AsyncGzip,
  AsyncInflate: () => AsyncInflate,
  AsyncUnzipInflate: () => AsyncUnzipInflate,
  AsyncUnzlib: () => AsyncUnzlib,
  AsyncZipDeflate: () => AsyncZipDeflate,
  AsyncZlib: () => AsyncZlib,
  Compress: () => Gzip,
  DecodeUTF8: () => DecodeUTF8,
  Decompress: () => Decompress,
  Deflate: () => Deflate,
  EncodeUTF8: () => EncodeUTF8,
  FlateErrorCode: () => FlateErrorCode,
  Gunzip: () => Gunzip,
  Gzip: () => Gzip,
  Inflate: () => Inflate,
  Unzip: () => Unzip,
  UnzipInflate: () => UnzipInflate,
  UnzipPassThrough: () => UnzipPassThrough,
  Unzlib: () => Unzlib,
  Zip: () => Zip,
  ZipDeflate: () => ZipDeflate,
  ZipPassThrough: () => ZipPassThrough,
  Zlib: () => Zlib,
  compress: () => gzip,
  compressSync: () => gzipSync,
  decompress: () => decompress,
  decompressSync: () => decompressSync,
  deflate: () => deflate,
  deflateSync: () => deflateSync,
  gunzip: () => gunzip,
  gunzipSync: () => gunzipSync,
  gzip: () => gzip,
  gzipSync: () => gzipSync,
  inflate: () => inflate,
  inflateSync: () => inflateSync,
  strFromU8: () => strFromU8,
  strToU8: () => strToU8,
  unzip: () => unzip,
  unzipSync: () => unzipSync,
  unzlib: () => unzlib,
  unzlibSync: () => unzlibSync,
  zip: () => zip,
  zipSync: () => zipSync,
  zlib: () => zlib,
  zlibSync: () => zlibSync
});
import { createRequire } from "module";
function StrmOpt(opts, cb) {
  if (typeof opts == "function")
    cb = opts, opts = {};
  this.ondata = cb;
  return opts;
}
function deflate(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return cbify(data, opts, [
    bDflt
  ], function(ev) {
    return pbf(deflateSync(ev.data[0], ev.data[1]));
  }, 0, cb);
}
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
function inflate(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return cbify(data, opts, [
    bInflt
  ], function(ev) {
    return pbf(inflateSync(ev.data[0], gopt(ev.data[1])));
  }, 1, cb);
}
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
function gzip(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return cbify(data, opts, [
    bDflt,
    gze,
    function() {
      return [gzipSync];
    }
  ], function(ev) {
    return pbf(gzipSync(ev.data[0], ev.data[1]));
  }, 2, cb);
}
function gzipSync(data, opts) {
  if (!opts)
    opts = {};
  var c = crc(), l = data.length;
  c.p(data);
  var d2 = dopt(data, opts, gzhl(opts), 8), s = d2.length;
  return gzh(d2, opts), wbytes(d2, s - 8, c.d()), wbytes(d2, s - 4, l), d2;
}
function gunzip(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return cbify(data, opts, [
    bInflt,
    guze,
    function() {
      return [gunzipSync];
    }
  ], function(ev) {
    return pbf(gunzipSync(ev.data[0], ev.data[1]));
  }, 3, cb);
}
function gunzipSync(data, opts) {
  var st = gzs(data);
  if (st + 8 > data.length)
    err(6, "invalid gzip data");
  return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
function zlib(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return cbify(data, opts, [
    bDflt,
    zle,
    function() {
      return [zlibSync];
    }
  ], function(ev) {
    return pbf(zlibSync(ev.data[0], ev.data[1]));
  }, 4, cb);
}
function zlibSync(data, opts) {
  if (!opts)
    opts = {};
  var a = adler();
  a.p(data);
  var d2 = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
  return zlh(d2, opts), wbytes(d2, d2.length - 4, a.d()), d2;
}
function unzlib(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return cbify(data, opts, [
    bInflt,
    zule,
    function() {
      return [unzlibSync];
    }
  ], function(ev) {
    return pbf(unzlibSync(ev.data[0], gopt(ev.data[1])));
  }, 5, cb);
}
function unzlibSync(data, opts) {
  return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
function decompress(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  return data[0] == 31 && data[1] == 139 && data[2] == 8 ? gunzip(data, opts, cb) : (data[0] & 15) != 8 || data[0] >> 4 > 7 || (data[0] << 8 | data[1]) % 31 ? inflate(data, opts, cb) : unzlib(data, opts, cb);
}
function decompressSync(data, opts) {
  return data[0] == 31 && data[1] == 139 && data[2] == 8 ? gunzipSync(data, opts) : (data[0] & 15) != 8 || data[0] >> 4 > 7 || (data[0] << 8 | data[1]) % 31 ? inflateSync(data, opts) : unzlibSync(data, opts);
}
function strToU8(str, latin13) {
  if (latin13) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin13)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin13) {
  if (latin13) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
function zip(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  var r = {};
  fltn(data, "", r, opts);
  var k = Object.keys(r);
  var lft = k.length, o = 0, tot = 0;
  var slft = lft, files = new Array(lft);
  var term = [];
  var tAll = function() {
    for (var i3 = 0; i3 < term.length; ++i3)
      term[i3]();
  };
  var cbd = function(a, b) {
    mt(function() {
      cb(a, b);
    });
  };
  mt(function() {
    cbd = cb;
  });
  var cbf = function() {
    var out2 = new u8(tot + 22), oe = o, cdl = tot - o;
    tot = 0;
    for (var i3 = 0; i3 < slft; ++i3) {
      var f = files[i3];
      try {
        var l = f.c.length;
        wzh(out2, tot, f, f.f, f.u, l);
        var badd = 30 + f.f.length + exfl(f.extra);
        var loc = tot + badd;
        out2.set(f.c, loc);
        wzh(out2, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
      } catch (e) {
        return cbd(e, null);
      }
    }
    wzf(out2, o, files.length, cdl, oe);
    cbd(null, out2);
  };
  if (!lft)
    cbf();
  var _loop_1 = function(i3) {
    var fn = k[i3];
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var c = crc(), size = file.length;
    c.p(file);
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    var compression = p.level == 0 ? 0 : 8;
    var cbl = function(e, d2) {
      if (e) {
        tAll();
        cbd(e, null);
      } else {
        var l = d2.length;
        files[i3] = mrg(p, {
          size,
          crc: c.d(),
          c: d2,
          f,
          m,
          u: s != fn.length || m && com.length != ms,
          compression
        });
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
        if (!--lft)
          cbf();
      }
    };
    if (s > 65535)
      cbl(err(11, 0, 1), null);
    if (!compression)
      cbl(null, file);
    else if (size < 16e4) {
      try {
        cbl(null, deflateSync(file, p));
      } catch (e) {
        cbl(e, null);
      }
    } else
      term.push(deflate(file, p, cbl));
  };
  for (var i2 = 0; i2 < slft; ++i2) {
    _loop_1(i2);
  }
  return tAll;
}
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d2 = compression ? deflateSync(file, p) : file, l = d2.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d2,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out2 = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out2, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out2.set(f.c, f.o + badd);
    wzh(out2, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out2, o, files.length, cdl, oe);
  return out2;
}
function unzip(data, opts, cb) {
  if (!cb)
    cb = opts, opts = {};
  if (typeof cb != "function")
    err(7);
  var term = [];
  var tAll = function() {
    for (var i3 = 0; i3 < term.length; ++i3)
      term[i3]();
  };
  var files = {};
  var cbd = function(a, b) {
    mt(function() {
      cb(a, b);
    });
  };
  mt(function() {
    cbd = cb;
  });
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558) {
      cbd(err(13, 0, 1), null);
      return tAll;
    }
  }
  ;
  var lft = b2(data, e + 8);
  if (lft) {
    var c = lft;
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 117853008;
    if (z) {
      var ze = b4(data, e - 12);
      z = b4(data, ze) == 101075792;
      if (z) {
        c = lft = b4(data, ze + 32);
        o = b4(data, ze + 48);
      }
    }
    var fltr = opts && opts.filter;
    var _loop_3 = function(i3) {
      var _a2 = zh(data, o, z), c_1 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
      o = no;
      var cbl = function(e2, d2) {
        if (e2) {
          tAll();
          cbd(e2, null);
        } else {
          if (d2)
            files[fn] = d2;
          if (!--lft)
            cbd(null, files);
        }
      };
      if (!fltr || fltr({
        name: fn,
        size: sc,
        originalSize: su,
        compression: c_1
      })) {
        if (!c_1)
          cbl(null, slc(data, b, b + sc));
        else if (c_1 == 8) {
          var infl = data.subarray(b, b + sc);
          if (su < 524288 || sc > 0.8 * su) {
            try {
              cbl(null, inflateSync(infl, { out: new u8(su) }));
            } catch (e2) {
              cbl(e2, null);
            }
          } else
            term.push(inflate(infl, { size: su }, cbl));
        } else
          cbl(err(14, "unknown compression type " + c_1, 1), null);
      } else
        cbl(null, null);
    };
    for (var i2 = 0; i2 < c; ++i2) {
      _loop_3(i2);
    }
  } else
    cbd(null, {});
  return tAll;
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}
var require2, _a, Worker, isMarkedAsUntransferable, workerAdd, wk, u8, u162, i32, fleb, fdeb, clim, freb, _a, fl, revfl, _b, fd, revfd, rev, x, i, hMap, flt, i, i, i, i, fdt, i, flm, flrm, fdm, fdrm, max, bits, bits16, shft, slc, FlateErrorCode, ec, err, inflt, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, deo, et, dflt, crct, crc, adler, dopt, mrg, wcln, ch, cbfs, wrkr, bInflt, bDflt, gze, guze, zle, zule, pbf, gopt, cbify, astrm, astrmify, b2, b4, b8, wbytes, gzh, gzs, gzl, gzhl, zlh, zls, Deflate, AsyncDeflate, Inflate, AsyncInflate, Gzip, AsyncGzip, Gunzip, AsyncGunzip, Zlib, AsyncZlib, Unzlib, AsyncUnzlib, Decompress, AsyncDecompress, fltn, te, td, tds, dutf8, DecodeUTF8, EncodeUTF8, dbf, slzh, zh, z64hs, exfl, wzh, wzf, ZipPassThrough, ZipDeflate, AsyncZipDeflate, Zip, UnzipPassThrough, UnzipInflate, AsyncUnzipInflate, Unzip, mt;
var init_esm = __esm({
  "node_modules/fflate/esm/index.mjs"() {
    require2 = createRequire("/");
    workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
    try {
      _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
    } catch (e) {
    }
    wk = Worker ? function(c, _, msg, transfer, cb) {
      var done = false;
      var w = new Worker(c + workerAdd, { eval: true }).on("error", function(e) {
        return cb(e, null);
      }).on("message", function(m) {
        return cb(null, m);
      }).on("exit", function(c2) {
        if (c2 && !done)
          cb(new Error("exited with code " + c2), null);
      });
      if (isMarkedAsUntransferable)
        transfer = transfer.filter(function(t) {
          return !isMarkedAsUntransferable(t);
        });
      w.postMessage(msg, transfer);
      w.terminate = function() {
        done = true;
        return Worker.prototype.terminate.call(w);
      };
      return w;
    } : function(_, __, ___, ____, cb) {
      setImmediate(function() {
        return cb(new Error("async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)"), null);
      });
      var NOP = function() {
      };
      return {
        terminate: NOP,
        postMessage: NOP
      };
    };
    u8 = Uint8Array;
    u162 = Uint16Array;
    i32 = Int32Array;
    fleb = new u8([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      3,
      3,
      3,
      3,
      4,
      4,
      4,
      4,
      5,
      5,
      5,
      5,
      0,
      /* unused */
      0,
      0,
      /* impossible */
      0
    ]);
    fdeb = new u8([
      0,
      0,
      0,
      0,
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
      5,
      5,
      6,
      6,
      7,
      7,
      8,
      8,
      9,
      9,
      10,
      10,
      11,
      11,
      12,
      12,
      13,
      13,
      /* unused */
      0,
      0
    ]);
    clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
    freb = function(eb, start) {
      var b = new u162(31);
      for (var i2 = 0; i2 < 31; ++i2) {
        b[i2] = start += 1 << eb[i2 - 1];
      }
      var r = new i32(b[30]);
      for (var i2 = 1; i2 < 30; ++i2) {
        for (var j = b[i2]; j < b[i2 + 1]; ++j) {
          r[j] = j - b[i2] << 5 | i2;
        }
      }
      return { b, r };
    };
    _a = freb(fleb, 2);
    fl = _a.b;
    revfl = _a.r;
    fl[28] = 258, revfl[258] = 28;
    _b = freb(fdeb, 0);
    fd = _b.b;
    revfd = _b.r;
    rev = new u162(32768);
    for (i = 0; i < 32768; ++i) {
      x = (i & 43690) >> 1 | (i & 21845) << 1;
      x = (x & 52428) >> 2 | (x & 13107) << 2;
      x = (x & 61680) >> 4 | (x & 3855) << 4;
      rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
    }
    hMap = (function(cd, mb, r) {
      var s = cd.length;
      var i2 = 0;
      var l = new u162(mb);
      for (; i2 < s; ++i2) {
        if (cd[i2])
          ++l[cd[i2] - 1];
      }
      var le = new u162(mb);
      for (i2 = 1; i2 < mb; ++i2) {
        le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
      }
      var co;
      if (r) {
        co = new u162(1 << mb);
        var rvb = 15 - mb;
        for (i2 = 0; i2 < s; ++i2) {
          if (cd[i2]) {
            var sv = i2 << 4 | cd[i2];
            var r_1 = mb - cd[i2];
            var v = le[cd[i2] - 1]++ << r_1;
            for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
              co[rev[v] >> rvb] = sv;
            }
          }
        }
      } else {
        co = new u162(s);
        for (i2 = 0; i2 < s; ++i2) {
          if (cd[i2]) {
            co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
          }
        }
      }
      return co;
    });
    flt = new u8(288);
    for (i = 0; i < 144; ++i)
      flt[i] = 8;
    for (i = 144; i < 256; ++i)
      flt[i] = 9;
    for (i = 256; i < 280; ++i)
      flt[i] = 7;
    for (i = 280; i < 288; ++i)
      flt[i] = 8;
    fdt = new u8(32);
    for (i = 0; i < 32; ++i)
      fdt[i] = 5;
    flm = /* @__PURE__ */ hMap(flt, 9, 0);
    flrm = /* @__PURE__ */ hMap(flt, 9, 1);
    fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
    fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
    max = function(a) {
      var m = a[0];
      for (var i2 = 1; i2 < a.length; ++i2) {
        if (a[i2] > m)
          m = a[i2];
      }
      return m;
    };
    bits = function(d2, p, m) {
      var o = p / 8 | 0;
      return (d2[o] | d2[o + 1] << 8) >> (p & 7) & m;
    };
    bits16 = function(d2, p) {
      var o = p / 8 | 0;
      return (d2[o] | d2[o + 1] << 8 | d2[o + 2] << 16) >> (p & 7);
    };
    shft = function(p) {
      return (p + 7) / 8 | 0;
    };
    slc = function(v, s, e) {
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      return new u8(v.subarray(s, e));
    };
    FlateErrorCode = {
      UnexpectedEOF: 0,
      InvalidBlockType: 1,
      InvalidLengthLiteral: 2,
      InvalidDistance: 3,
      StreamFinished: 4,
      NoStreamHandler: 5,
      InvalidHeader: 6,
      NoCallback: 7,
      InvalidUTF8: 8,
      ExtraFieldTooLong: 9,
      InvalidDate: 10,
      FilenameTooLong: 11,
      StreamFinishing: 12,
      InvalidZipData: 13,
      UnknownCompressionMethod: 14
    };
    ec = [
      "unexpected EOF",
      "invalid block type",
      "invalid length/literal",
      "invalid distance",
      "stream finished",
      "no stream handler",
      ,
      // determined by compression function
      "no callback",
      "invalid UTF-8 data",
      "extra field too long",
      "date not in range 1980-2099",
      "filename too long",
      "stream finishing",
      "invalid zip data"
      // determined by unknown compression method
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    inflt = function(dat, st, buf, dict) {
      var sl = dat.length, dl = dict ? dict.length : 0;
      if (!sl || st.f && !st.l)
        return buf || new u8(0);
      var noBuf = !buf;
      var resize = noBuf || st.i != 2;
      var noSt = st.i;
      if (noBuf)
        buf = new u8(sl * 3);
      var cbuf = function(l2) {
        var bl = buf.length;
        if (l2 > bl) {
          var nbuf = new u8(Math.max(bl * 2, l2));
          nbuf.set(buf);
          buf = nbuf;
        }
      };
      var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
      var tbts = sl * 8;
      do {
        if (!lm) {
          final = bits(dat, pos, 1);
          var type = bits(dat, pos + 1, 3);
          pos += 3;
          if (!type) {
            var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
            if (t > sl) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + l);
            buf.set(dat.subarray(s, t), bt);
            st.b = bt += l, st.p = pos = t * 8, st.f = final;
            continue;
          } else if (type == 1)
            lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
          else if (type == 2) {
            var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
            var tl = hLit + bits(dat, pos + 5, 31) + 1;
            pos += 14;
            var ldt = new u8(tl);
            var clt = new u8(19);
            for (var i2 = 0; i2 < hcLen; ++i2) {
              clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
            }
            pos += hcLen * 3;
            var clb = max(clt), clbmsk = (1 << clb) - 1;
            var clm = hMap(clt, clb, 1);
            for (var i2 = 0; i2 < tl; ) {
              var r = clm[bits(dat, pos, clbmsk)];
              pos += r & 15;
              var s = r >> 4;
              if (s < 16) {
                ldt[i2++] = s;
              } else {
                var c = 0, n = 0;
                if (s == 16)
                  n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
                else if (s == 17)
                  n = 3 + bits(dat, pos, 7), pos += 3;
                else if (s == 18)
                  n = 11 + bits(dat, pos, 127), pos += 7;
                while (n--)
                  ldt[i2++] = c;
              }
            }
            var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
            lbt = max(lt);
            dbt = max(dt);
            lm = hMap(lt, lbt, 1);
            dm = hMap(dt, dbt, 1);
          } else
            err(1);
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
        }
        if (resize)
          cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (; ; lpos = pos) {
          var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
          pos += c & 15;
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (!c)
            err(2);
          if (sym < 256)
            buf[bt++] = sym;
          else if (sym == 256) {
            lpos = pos, lm = null;
            break;
          } else {
            var add = sym - 254;
            if (sym > 264) {
              var i2 = sym - 257, b = fleb[i2];
              add = bits(dat, pos, (1 << b) - 1) + fl[i2];
              pos += b;
            }
            var d2 = dm[bits16(dat, pos) & dms], dsym = d2 >> 4;
            if (!d2)
              err(3);
            pos += d2 & 15;
            var dt = fd[dsym];
            if (dsym > 3) {
              var b = fdeb[dsym];
              dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
            }
            if (pos > tbts) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + 131072);
            var end = bt + add;
            if (bt < dt) {
              var shift = dl - dt, dend = Math.min(dt, end);
              if (shift + bt < 0)
                err(3);
              for (; bt < dend; ++bt)
                buf[bt] = dict[shift + bt];
            }
            for (; bt < end; ++bt)
              buf[bt] = buf[bt - dt];
          }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
          final = 1, st.m = lbt, st.d = dm, st.n = dbt;
      } while (!final);
      return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
    };
    wbits = function(d2, p, v) {
      v <<= p & 7;
      var o = p / 8 | 0;
      d2[o] |= v;
      d2[o + 1] |= v >> 8;
    };
    wbits16 = function(d2, p, v) {
      v <<= p & 7;
      var o = p / 8 | 0;
      d2[o] |= v;
      d2[o + 1] |= v >> 8;
      d2[o + 2] |= v >> 16;
    };
    hTree = function(d2, mb) {
      var t = [];
      for (var i2 = 0; i2 < d2.length; ++i2) {
        if (d2[i2])
          t.push({ s: i2, f: d2[i2] });
      }
      var s = t.length;
      var t2 = t.slice();
      if (!s)
        return { t: et, l: 0 };
      if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
      }
      t.sort(function(a, b) {
        return a.f - b.f;
      });
      t.push({ s: -1, f: 25001 });
      var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
      t[0] = { s: -1, f: l.f + r.f, l, r };
      while (i1 != s - 1) {
        l = t[t[i0].f < t[i22].f ? i0++ : i22++];
        r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
        t[i1++] = { s: -1, f: l.f + r.f, l, r };
      }
      var maxSym = t2[0].s;
      for (var i2 = 1; i2 < s; ++i2) {
        if (t2[i2].s > maxSym)
          maxSym = t2[i2].s;
      }
      var tr = new u162(maxSym + 1);
      var mbt = ln(t[i1 - 1], tr, 0);
      if (mbt > mb) {
        var i2 = 0, dt = 0;
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function(a, b) {
          return tr[b.s] - tr[a.s] || a.f - b.f;
        });
        for (; i2 < s; ++i2) {
          var i2_1 = t2[i2].s;
          if (tr[i2_1] > mb) {
            dt += cst - (1 << mbt - tr[i2_1]);
            tr[i2_1] = mb;
          } else
            break;
        }
        dt >>= lft;
        while (dt > 0) {
          var i2_2 = t2[i2].s;
          if (tr[i2_2] < mb)
            dt -= 1 << mb - tr[i2_2]++ - 1;
          else
            ++i2;
        }
        for (; i2 >= 0 && dt; --i2) {
          var i2_3 = t2[i2].s;
          if (tr[i2_3] == mb) {
            --tr[i2_3];
            ++dt;
          }
        }
        mbt = mb;
      }
      return { t: new u8(tr), l: mbt };
    };
    ln = function(n, l, d2) {
      return n.s == -1 ? Math.max(ln(n.l, l, d2 + 1), ln(n.r, l, d2 + 1)) : l[n.s] = d2;
    };
    lc = function(c) {
      var s = c.length;
      while (s && !c[--s])
        ;
      var cl = new u162(++s);
      var cli = 0, cln = c[0], cls = 1;
      var w = function(v) {
        cl[cli++] = v;
      };
      for (var i2 = 1; i2 <= s; ++i2) {
        if (c[i2] == cln && i2 != s)
          ++cls;
        else {
          if (!cln && cls > 2) {
            for (; cls > 138; cls -= 138)
              w(32754);
            if (cls > 2) {
              w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
              cls = 0;
            }
          } else if (cls > 3) {
            w(cln), --cls;
            for (; cls > 6; cls -= 6)
              w(8304);
            if (cls > 2)
              w(cls - 3 << 5 | 8208), cls = 0;
          }
          while (cls--)
            w(cln);
          cls = 1;
          cln = c[i2];
        }
      }
      return { c: cl.subarray(0, cli), n: s };
    };
    clen = function(cf, cl) {
      var l = 0;
      for (var i2 = 0; i2 < cl.length; ++i2)
        l += cf[i2] * cl[i2];
      return l;
    };
    wfblk = function(out2, pos, dat) {
      var s = dat.length;
      var o = shft(pos + 2);
      out2[o] = s & 255;
      out2[o + 1] = s >> 8;
      out2[o + 2] = out2[o] ^ 255;
      out2[o + 3] = out2[o + 1] ^ 255;
      for (var i2 = 0; i2 < s; ++i2)
        out2[o + i2 + 4] = dat[i2];
      return (o + 4 + s) * 8;
    };
    wblk = function(dat, out2, final, syms, lf, df, eb, li, bs, bl, p) {
      wbits(out2, p++, final);
      ++lf[256];
      var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
      var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
      var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
      var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
      var lcfreq = new u162(19);
      for (var i2 = 0; i2 < lclt.length; ++i2)
        ++lcfreq[lclt[i2] & 31];
      for (var i2 = 0; i2 < lcdt.length; ++i2)
        ++lcfreq[lcdt[i2] & 31];
      var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
      var nlcc = 19;
      for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
      var flen = bl + 5 << 3;
      var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
      var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
      if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out2, p, dat.subarray(bs, bs + bl));
      var lm, ll, dm, dl;
      wbits(out2, p, 1 + (dtlen < ftlen)), p += 2;
      if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out2, p, nlc - 257);
        wbits(out2, p + 5, ndc - 1);
        wbits(out2, p + 10, nlcc - 4);
        p += 14;
        for (var i2 = 0; i2 < nlcc; ++i2)
          wbits(out2, p + 3 * i2, lct[clim[i2]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
          var clct = lcts[it];
          for (var i2 = 0; i2 < clct.length; ++i2) {
            var len = clct[i2] & 31;
            wbits(out2, p, llm[len]), p += lct[len];
            if (len > 15)
              wbits(out2, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
          }
        }
      } else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
      }
      for (var i2 = 0; i2 < li; ++i2) {
        var sym = syms[i2];
        if (sym > 255) {
          var len = sym >> 18 & 31;
          wbits16(out2, p, lm[len + 257]), p += ll[len + 257];
          if (len > 7)
            wbits(out2, p, sym >> 23 & 31), p += fleb[len];
          var dst = sym & 31;
          wbits16(out2, p, dm[dst]), p += dl[dst];
          if (dst > 3)
            wbits16(out2, p, sym >> 5 & 8191), p += fdeb[dst];
        } else {
          wbits16(out2, p, lm[sym]), p += ll[sym];
        }
      }
      wbits16(out2, p, lm[256]);
      return p + ll[256];
    };
    deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
    et = /* @__PURE__ */ new u8(0);
    dflt = function(dat, lvl, plvl, pre, post, st) {
      var s = st.z || dat.length;
      var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
      var w = o.subarray(pre, o.length - post);
      var lst = st.l;
      var pos = (st.r || 0) & 7;
      if (lvl) {
        if (pos)
          w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        var prev = st.p || new u162(32768), head = st.h || new u162(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function(i3) {
          return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
        };
        var syms = new i32(25e3);
        var lf = new u162(288), df = new u162(32);
        var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i2 + 2 < s; ++i2) {
          var hv = hsh(i2);
          var imod = i2 & 32767, pimod = head[hv];
          prev[imod] = pimod;
          head[hv] = imod;
          if (wi <= i2) {
            var rem = s - i2;
            if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
              pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
              li = lc_1 = eb = 0, bs = i2;
              for (var j = 0; j < 286; ++j)
                lf[j] = 0;
              for (var j = 0; j < 30; ++j)
                df[j] = 0;
            }
            var l = 2, d2 = 0, ch_1 = c, dif = imod - pimod & 32767;
            if (rem > 2 && hv == hsh(i2 - dif)) {
              var maxn = Math.min(n, rem) - 1;
              var maxd = Math.min(32767, i2);
              var ml = Math.min(258, rem);
              while (dif <= maxd && --ch_1 && imod != pimod) {
                if (dat[i2 + l] == dat[i2 + l - dif]) {
                  var nl = 0;
                  for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                    ;
                  if (nl > l) {
                    l = nl, d2 = dif;
                    if (nl > maxn)
                      break;
                    var mmd = Math.min(dif, nl - 2);
                    var md = 0;
                    for (var j = 0; j < mmd; ++j) {
                      var ti = i2 - dif + j & 32767;
                      var pti = prev[ti];
                      var cd = ti - pti & 32767;
                      if (cd > md)
                        md = cd, pimod = ti;
                    }
                  }
                }
                imod = pimod, pimod = prev[imod];
                dif += imod - pimod & 32767;
              }
            }
            if (d2) {
              syms[li++] = 268435456 | revfl[l] << 18 | revfd[d2];
              var lin = revfl[l] & 31, din = revfd[d2] & 31;
              eb += fleb[lin] + fdeb[din];
              ++lf[257 + lin];
              ++df[din];
              wi = i2 + l;
              ++lc_1;
            } else {
              syms[li++] = dat[i2];
              ++lf[dat[i2]];
            }
          }
        }
        for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
        if (!lst) {
          st.r = pos & 7 | w[pos / 8 | 0] << 3;
          pos -= 7;
          st.h = head, st.p = prev, st.i = i2, st.w = wi;
        }
      } else {
        for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
          var e = i2 + 65535;
          if (e >= s) {
            w[pos / 8 | 0] = lst;
            e = s;
          }
          pos = wfblk(w, pos + 1, dat.subarray(i2, e));
        }
        st.i = s;
      }
      return slc(o, 0, pre + shft(pos) + post);
    };
    crct = /* @__PURE__ */ (function() {
      var t = new Int32Array(256);
      for (var i2 = 0; i2 < 256; ++i2) {
        var c = i2, k = 9;
        while (--k)
          c = (c & 1 && -306674912) ^ c >>> 1;
        t[i2] = c;
      }
      return t;
    })();
    crc = function() {
      var c = -1;
      return {
        p: function(d2) {
          var cr = c;
          for (var i2 = 0; i2 < d2.length; ++i2)
            cr = crct[cr & 255 ^ d2[i2]] ^ cr >>> 8;
          c = cr;
        },
        d: function() {
          return ~c;
        }
      };
    };
    adler = function() {
      var a = 1, b = 0;
      return {
        p: function(d2) {
          var n = a, m = b;
          var l = d2.length | 0;
          for (var i2 = 0; i2 != l; ) {
            var e = Math.min(i2 + 2655, l);
            for (; i2 < e; ++i2)
              m += n += d2[i2];
            n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
          }
          a = n, b = m;
        },
        d: function() {
          a %= 65521, b %= 65521;
          return (a & 255) << 24 | (a & 65280) << 8 | (b & 255) << 8 | b >> 8;
        }
      };
    };
    dopt = function(dat, opt, pre, post, st) {
      if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
          var dict = opt.dictionary.subarray(-32768);
          var newDat = new u8(dict.length + dat.length);
          newDat.set(dict);
          newDat.set(dat, dict.length);
          dat = newDat;
          st.w = dict.length;
        }
      }
      return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
    };
    mrg = function(a, b) {
      var o = {};
      for (var k in a)
        o[k] = a[k];
      for (var k in b)
        o[k] = b[k];
      return o;
    };
    wcln = function(fn, fnStr, td2) {
      var dt = fn();
      var st = fn.toString();
      var ks = st.slice(st.indexOf("[") + 1, st.lastIndexOf("]")).replace(/\s+/g, "").split(",");
      for (var i2 = 0; i2 < dt.length; ++i2) {
        var v = dt[i2], k = ks[i2];
        if (typeof v == "function") {
          fnStr += ";" + k + "=";
          var st_1 = v.toString();
          if (v.prototype) {
            if (st_1.indexOf("[native code]") != -1) {
              var spInd = st_1.indexOf(" ", 8) + 1;
              fnStr += st_1.slice(spInd, st_1.indexOf("(", spInd));
            } else {
              fnStr += st_1;
              for (var t in v.prototype)
                fnStr += ";" + k + ".prototype." + t + "=" + v.prototype[t].toString();
            }
          } else
            fnStr += st_1;
        } else
          td2[k] = v;
      }
      return fnStr;
    };
    ch = [];
    cbfs = function(v) {
      var tl = [];
      for (var k in v) {
        if (v[k].buffer) {
          tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
      }
      return tl;
    };
    wrkr = function(fns, init, id, cb) {
      if (!ch[id]) {
        var fnStr = "", td_1 = {}, m = fns.length - 1;
        for (var i2 = 0; i2 < m; ++i2)
          fnStr = wcln(fns[i2], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
      }
      var td2 = mrg({}, ch[id].e);
      return wk(ch[id].c + ";onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=" + init.toString() + "}", id, td2, cbfs(td2), cb);
    };
    bInflt = function() {
      return [u8, u162, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt];
    };
    bDflt = function() {
      return [u8, u162, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf];
    };
    gze = function() {
      return [gzh, gzhl, wbytes, crc, crct];
    };
    guze = function() {
      return [gzs, gzl];
    };
    zle = function() {
      return [zlh, wbytes, adler];
    };
    zule = function() {
      return [zls];
    };
    pbf = function(msg) {
      return postMessage(msg, [msg.buffer]);
    };
    gopt = function(o) {
      return o && {
        out: o.size && new u8(o.size),
        dictionary: o.dictionary
      };
    };
    cbify = function(dat, opts, fns, init, id, cb) {
      var w = wrkr(fns, init, id, function(err2, dat2) {
        w.terminate();
        cb(err2, dat2);
      });
      w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
      return function() {
        w.terminate();
      };
    };
    astrm = function(strm) {
      strm.ondata = function(dat, final) {
        return postMessage([dat, final], [dat.buffer]);
      };
      return function(ev) {
        if (ev.data[0]) {
          strm.push(ev.data[0], ev.data[1]);
          postMessage([ev.data[0].length]);
        } else
          strm.flush(ev.data[1]);
      };
    };
    astrmify = function(fns, strm, opts, init, id, flush, ext) {
      var t;
      var w = wrkr(fns, init, id, function(err2, dat) {
        if (err2)
          w.terminate(), strm.ondata.call(strm, err2);
        else if (!Array.isArray(dat))
          ext(dat);
        else if (dat.length == 1) {
          strm.queuedSize -= dat[0];
          if (strm.ondrain)
            strm.ondrain(dat[0]);
        } else {
          if (dat[1])
            w.terminate();
          strm.ondata.call(strm, err2, dat[0], dat[1]);
        }
      });
      w.postMessage(opts);
      strm.queuedSize = 0;
      strm.push = function(d2, f) {
        if (!strm.ondata)
          err(5);
        if (t)
          strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d2.length;
        w.postMessage([d2, t = f], d2.buffer instanceof ArrayBuffer ? [d2.buffer] : []);
      };
      strm.terminate = function() {
        w.terminate();
      };
      if (flush) {
        strm.flush = function(sync) {
          w.postMessage([0, sync]);
        };
      }
    };
    b2 = function(d2, b) {
      return d2[b] | d2[b + 1] << 8;
    };
    b4 = function(d2, b) {
      return (d2[b] | d2[b + 1] << 8 | d2[b + 2] << 16 | d2[b + 3] << 24) >>> 0;
    };
    b8 = function(d2, b) {
      return b4(d2, b) + b4(d2, b + 4) * 4294967296;
    };
    wbytes = function(d2, b, v) {
      for (; v; ++b)
        d2[b] = v, v >>>= 8;
    };
    gzh = function(c, o) {
      var fn = o.filename;
      c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3;
      if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1e3));
      if (fn) {
        c[3] = 8;
        for (var i2 = 0; i2 <= fn.length; ++i2)
          c[i2 + 10] = fn.charCodeAt(i2);
      }
    };
    gzs = function(d2) {
      if (d2[0] != 31 || d2[1] != 139 || d2[2] != 8)
        err(6, "invalid gzip data");
      var flg = d2[3];
      var st = 10;
      if (flg & 4)
        st += (d2[10] | d2[11] << 8) + 2;
      for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d2[st++])
        ;
      return st + (flg & 2);
    };
    gzl = function(d2) {
      var l = d2.length;
      return (d2[l - 4] | d2[l - 3] << 8 | d2[l - 2] << 16 | d2[l - 1] << 24) >>> 0;
    };
    gzhl = function(o) {
      return 10 + (o.filename ? o.filename.length + 1 : 0);
    };
    zlh = function(c, o) {
      var lv = o.level, fl2 = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
      c[0] = 120, c[1] = fl2 << 6 | (o.dictionary && 32);
      c[1] |= 31 - (c[0] << 8 | c[1]) % 31;
      if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
      }
    };
    zls = function(d2, dict) {
      if ((d2[0] & 15) != 8 || d2[0] >> 4 > 7 || (d2[0] << 8 | d2[1]) % 31)
        err(6, "invalid zlib data");
      if ((d2[1] >> 5 & 1) == +!dict)
        err(6, "invalid zlib data: " + (d2[1] & 32 ? "need" : "unexpected") + " dictionary");
      return (d2[1] >> 3 & 4) + 2;
    };
    Deflate = /* @__PURE__ */ (function() {
      function Deflate2(opts, cb) {
        if (typeof opts == "function")
          cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        this.b = new u8(98304);
        if (this.o.dictionary) {
          var dict = this.o.dictionary.subarray(-32768);
          this.b.set(dict, 32768 - dict.length);
          this.s.i = 32768 - dict.length;
        }
      }
      Deflate2.prototype.p = function(c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
      };
      Deflate2.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        if (this.s.l)
          err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
          if (endLen > 2 * this.b.length - 32768) {
            var newBuf = new u8(endLen & -32768);
            newBuf.set(this.b.subarray(0, this.s.z));
            this.b = newBuf;
          }
          var split = this.b.length - this.s.z;
          this.b.set(chunk.subarray(0, split), this.s.z);
          this.s.z = this.b.length;
          this.p(this.b, false);
          this.b.set(this.b.subarray(-32768));
          this.b.set(chunk.subarray(split), 32768);
          this.s.z = chunk.length - split + 32768;
          this.s.i = 32766, this.s.w = 32768;
        } else {
          this.b.set(chunk, this.s.z);
          this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
          this.p(this.b, final || false);
          this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
          this.s = this.o = {};
          this.b = et;
        }
      };
      Deflate2.prototype.flush = function(sync) {
        if (!this.ondata)
          err(5);
        if (this.s.l)
          err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        if (sync) {
          var c = new u8(6);
          c[0] = this.s.r >> 3;
          var ep = wfblk(c, this.s.r, et);
          this.s.r = 0;
          this.ondata(c.subarray(0, ep >> 3), false);
        }
      };
      return Deflate2;
    })();
    AsyncDeflate = /* @__PURE__ */ (function() {
      function AsyncDeflate2(opts, cb) {
        astrmify([
          bDflt,
          function() {
            return [astrm, Deflate];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Deflate(ev.data);
          onmessage = astrm(strm);
        }, 6, 1);
      }
      return AsyncDeflate2;
    })();
    Inflate = /* @__PURE__ */ (function() {
      function Inflate2(opts, cb) {
        if (typeof opts == "function")
          cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
          this.o.set(dict);
      }
      Inflate2.prototype.e = function(c) {
        if (!this.ondata)
          err(5);
        if (this.d)
          err(4);
        if (!this.p.length)
          this.p = c;
        else if (c.length) {
          var n = new u8(this.p.length + c.length);
          n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
      };
      Inflate2.prototype.c = function(final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
      };
      Inflate2.prototype.push = function(chunk, final) {
        this.e(chunk), this.c(final);
      };
      return Inflate2;
    })();
    AsyncInflate = /* @__PURE__ */ (function() {
      function AsyncInflate2(opts, cb) {
        astrmify([
          bInflt,
          function() {
            return [astrm, Inflate];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Inflate(ev.data);
          onmessage = astrm(strm);
        }, 7, 0);
      }
      return AsyncInflate2;
    })();
    Gzip = /* @__PURE__ */ (function() {
      function Gzip2(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
      }
      Gzip2.prototype.push = function(chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
      };
      Gzip2.prototype.p = function(c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
          gzh(raw, this.o), this.v = 0;
        if (f)
          wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
      };
      Gzip2.prototype.flush = function(sync) {
        Deflate.prototype.flush.call(this, sync);
      };
      return Gzip2;
    })();
    AsyncGzip = /* @__PURE__ */ (function() {
      function AsyncGzip2(opts, cb) {
        astrmify([
          bDflt,
          gze,
          function() {
            return [astrm, Deflate, Gzip];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Gzip(ev.data);
          onmessage = astrm(strm);
        }, 8, 1);
      }
      return AsyncGzip2;
    })();
    Gunzip = /* @__PURE__ */ (function() {
      function Gunzip2(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
      }
      Gunzip2.prototype.push = function(chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
          var p = this.p.subarray(this.v - 1);
          var s = p.length > 3 ? gzs(p) : 4;
          if (s > p.length) {
            if (!final)
              return;
          } else if (this.v > 1 && this.onmember) {
            this.onmember(this.r - p.length);
          }
          this.p = p.subarray(s), this.v = 0;
        }
        Inflate.prototype.c.call(this, 0);
        if (this.s.f && !this.s.l) {
          this.v = shft(this.s.p) + 9;
          this.s = { i: 0 };
          this.o = new u8(0);
          this.push(new u8(0), final);
        } else if (final) {
          Inflate.prototype.c.call(this, final);
        }
      };
      return Gunzip2;
    })();
    AsyncGunzip = /* @__PURE__ */ (function() {
      function AsyncGunzip2(opts, cb) {
        var _this = this;
        astrmify([
          bInflt,
          guze,
          function() {
            return [astrm, Inflate, Gunzip];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Gunzip(ev.data);
          strm.onmember = function(offset) {
            return postMessage(offset);
          };
          onmessage = astrm(strm);
        }, 9, 0, function(offset) {
          return _this.onmember && _this.onmember(offset);
        });
      }
      return AsyncGunzip2;
    })();
    Zlib = /* @__PURE__ */ (function() {
      function Zlib2(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
      }
      Zlib2.prototype.push = function(chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
      };
      Zlib2.prototype.p = function(c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
          zlh(raw, this.o), this.v = 0;
        if (f)
          wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
      };
      Zlib2.prototype.flush = function(sync) {
        Deflate.prototype.flush.call(this, sync);
      };
      return Zlib2;
    })();
    AsyncZlib = /* @__PURE__ */ (function() {
      function AsyncZlib2(opts, cb) {
        astrmify([
          bDflt,
          zle,
          function() {
            return [astrm, Deflate, Zlib];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Zlib(ev.data);
          onmessage = astrm(strm);
        }, 10, 1);
      }
      return AsyncZlib2;
    })();
    Unzlib = /* @__PURE__ */ (function() {
      function Unzlib2(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
      }
      Unzlib2.prototype.push = function(chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
          if (this.p.length < 6 && !final)
            return;
          this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
          if (this.p.length < 4)
            err(6, "invalid zlib data");
          this.p = this.p.subarray(0, -4);
        }
        Inflate.prototype.c.call(this, final);
      };
      return Unzlib2;
    })();
    AsyncUnzlib = /* @__PURE__ */ (function() {
      function AsyncUnzlib2(opts, cb) {
        astrmify([
          bInflt,
          zule,
          function() {
            return [astrm, Inflate, Unzlib];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Unzlib(ev.data);
          onmessage = astrm(strm);
        }, 11, 0);
      }
      return AsyncUnzlib2;
    })();
    Decompress = /* @__PURE__ */ (function() {
      function Decompress2(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
      }
      Decompress2.prototype.i = function() {
        var _this = this;
        this.s.ondata = function(dat, final) {
          _this.ondata(dat, final);
        };
      };
      Decompress2.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        if (!this.s) {
          if (this.p && this.p.length) {
            var n = new u8(this.p.length + chunk.length);
            n.set(this.p), n.set(chunk, this.p.length);
          } else
            this.p = chunk;
          if (this.p.length > 2) {
            this.s = this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8 ? new this.G(this.o) : (this.p[0] & 15) != 8 || this.p[0] >> 4 > 7 || (this.p[0] << 8 | this.p[1]) % 31 ? new this.I(this.o) : new this.Z(this.o);
            this.i();
            this.s.push(this.p, final);
            this.p = null;
          }
        } else
          this.s.push(chunk, final);
      };
      return Decompress2;
    })();
    AsyncDecompress = /* @__PURE__ */ (function() {
      function AsyncDecompress2(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
      }
      AsyncDecompress2.prototype.i = function() {
        var _this = this;
        this.s.ondata = function(err2, dat, final) {
          _this.ondata(err2, dat, final);
        };
        this.s.ondrain = function(size) {
          _this.queuedSize -= size;
          if (_this.ondrain)
            _this.ondrain(size);
        };
      };
      AsyncDecompress2.prototype.push = function(chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
      };
      return AsyncDecompress2;
    })();
    fltn = function(d2, p, t, o) {
      for (var k in d2) {
        var val = d2[k], n = p + k, op = o;
        if (Array.isArray(val))
          op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
          t[n] = [val, op];
        else {
          t[n += "/"] = [new u8(0), op];
          fltn(val, n, t, o);
        }
      }
    };
    te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
    td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
    tds = 0;
    try {
      td.decode(et, { stream: true });
      tds = 1;
    } catch (e) {
    }
    dutf8 = function(d2) {
      for (var r = "", i2 = 0; ; ) {
        var c = d2[i2++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i2 + eb > d2.length)
          return { s: r, r: slc(d2, i2 - 1) };
        if (!eb)
          r += String.fromCharCode(c);
        else if (eb == 3) {
          c = ((c & 15) << 18 | (d2[i2++] & 63) << 12 | (d2[i2++] & 63) << 6 | d2[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
        } else if (eb & 1)
          r += String.fromCharCode((c & 31) << 6 | d2[i2++] & 63);
        else
          r += String.fromCharCode((c & 15) << 12 | (d2[i2++] & 63) << 6 | d2[i2++] & 63);
      }
    };
    DecodeUTF8 = /* @__PURE__ */ (function() {
      function DecodeUTF82(cb) {
        this.ondata = cb;
        if (tds)
          this.t = new TextDecoder();
        else
          this.p = et;
      }
      DecodeUTF82.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        final = !!final;
        if (this.t) {
          this.ondata(this.t.decode(chunk, { stream: true }), final);
          if (final) {
            if (this.t.decode().length)
              err(8);
            this.t = null;
          }
          return;
        }
        if (!this.p)
          err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
        if (final) {
          if (r.length)
            err(8);
          this.p = null;
        } else
          this.p = r;
        this.ondata(s, final);
      };
      return DecodeUTF82;
    })();
    EncodeUTF8 = /* @__PURE__ */ (function() {
      function EncodeUTF82(cb) {
        this.ondata = cb;
      }
      EncodeUTF82.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        if (this.d)
          err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
      };
      return EncodeUTF82;
    })();
    dbf = function(l) {
      return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0;
    };
    slzh = function(d2, b) {
      return b + 30 + b2(d2, b + 26) + b2(d2, b + 28);
    };
    zh = function(d2, b, z) {
      var fnl = b2(d2, b + 28), efl = b2(d2, b + 30), fn = strFromU8(d2.subarray(b + 46, b + 46 + fnl), !(b2(d2, b + 8) & 2048)), es = b + 46 + fnl;
      var _a2 = z64hs(d2, es, efl, z, b4(d2, b + 20), b4(d2, b + 24), b4(d2, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
      return [b2(d2, b + 10), sc, su, fn, es + efl + b2(d2, b + 32), off];
    };
    z64hs = function(d2, b, l, z, sc, su, off) {
      var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
      var nf2 = nsc + nsu + noff;
      if (z && nf2) {
        for (; b + 4 < e; b += 4 + b2(d2, b + 2)) {
          if (b2(d2, b) == 1) {
            return [
              nsc ? b8(d2, b + 4 + 8 * nsu) : sc,
              nsu ? b8(d2, b + 4) : su,
              noff ? b8(d2, b + 4 + 8 * (nsu + nsc)) : off,
              1
            ];
          }
        }
        if (z < 2)
          err(13);
      }
      return [sc, su, off, 0];
    };
    exfl = function(ex) {
      var le = 0;
      if (ex) {
        for (var k in ex) {
          var l = ex[k].length;
          if (l > 65535)
            err(9);
          le += l + 4;
        }
      }
      return le;
    };
    wzh = function(d2, b, f, fn, u, c, ce, co) {
      var fl2 = fn.length, ex = f.extra, col = co && co.length;
      var exl = exfl(ex);
      wbytes(d2, b, ce != null ? 33639248 : 67324752), b += 4;
      if (ce != null)
        d2[b++] = 20, d2[b++] = f.os;
      d2[b] = 20, b += 2;
      d2[b++] = f.flag << 1 | (c < 0 && 8), d2[b++] = u && 8;
      d2[b++] = f.compression & 255, d2[b++] = f.compression >> 8;
      var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
      if (y < 0 || y > 119)
        err(10);
      wbytes(d2, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
      if (c != -1) {
        wbytes(d2, b, f.crc);
        wbytes(d2, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d2, b + 8, f.size);
      }
      wbytes(d2, b + 12, fl2);
      wbytes(d2, b + 14, exl), b += 16;
      if (ce != null) {
        wbytes(d2, b, col);
        wbytes(d2, b + 6, f.attrs);
        wbytes(d2, b + 10, ce), b += 14;
      }
      d2.set(fn, b);
      b += fl2;
      if (exl) {
        for (var k in ex) {
          var exf = ex[k], l = exf.length;
          wbytes(d2, b, +k);
          wbytes(d2, b + 2, l);
          d2.set(exf, b + 4), b += 4 + l;
        }
      }
      if (col)
        d2.set(co, b), b += col;
      return b;
    };
    wzf = function(o, b, c, d2, e) {
      wbytes(o, b, 101010256);
      wbytes(o, b + 8, c);
      wbytes(o, b + 10, c);
      wbytes(o, b + 12, d2);
      wbytes(o, b + 16, e);
    };
    ZipPassThrough = /* @__PURE__ */ (function() {
      function ZipPassThrough2(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
      }
      ZipPassThrough2.prototype.process = function(chunk, final) {
        this.ondata(null, chunk, final);
      };
      ZipPassThrough2.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
          this.crc = this.c.d();
        this.process(chunk, final || false);
      };
      return ZipPassThrough2;
    })();
    ZipDeflate = /* @__PURE__ */ (function() {
      function ZipDeflate2(filename, opts) {
        var _this = this;
        if (!opts)
          opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function(dat, final) {
          _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
      }
      ZipDeflate2.prototype.process = function(chunk, final) {
        try {
          this.d.push(chunk, final);
        } catch (e) {
          this.ondata(e, null, final);
        }
      };
      ZipDeflate2.prototype.push = function(chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
      };
      return ZipDeflate2;
    })();
    AsyncZipDeflate = /* @__PURE__ */ (function() {
      function AsyncZipDeflate2(filename, opts) {
        var _this = this;
        if (!opts)
          opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function(err2, dat, final) {
          _this.ondata(err2, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
      }
      AsyncZipDeflate2.prototype.process = function(chunk, final) {
        this.d.push(chunk, final);
      };
      AsyncZipDeflate2.prototype.push = function(chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
      };
      return AsyncZipDeflate2;
    })();
    Zip = /* @__PURE__ */ (function() {
      function Zip2(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
      }
      Zip2.prototype.add = function(file) {
        var _this = this;
        if (!this.ondata)
          err(5);
        if (this.d & 2)
          this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
          var f = strToU8(file.filename), fl_1 = f.length;
          var com = file.comment, o = com && strToU8(com);
          var u = fl_1 != file.filename.length || o && com.length != o.length;
          var hl_1 = fl_1 + exfl(file.extra) + 30;
          if (fl_1 > 65535)
            this.ondata(err(11, 0, 1), null, false);
          var header = new u8(hl_1);
          wzh(header, 0, file, f, u, -1);
          var chks_1 = [header];
          var pAll_1 = function() {
            for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
              var chk = chks_2[_i];
              _this.ondata(null, chk, false);
            }
            chks_1 = [];
          };
          var tr_1 = this.d;
          this.d = 0;
          var ind_1 = this.u.length;
          var uf_1 = mrg(file, {
            f,
            u,
            o,
            t: function() {
              if (file.terminate)
                file.terminate();
            },
            r: function() {
              pAll_1();
              if (tr_1) {
                var nxt = _this.u[ind_1 + 1];
                if (nxt)
                  nxt.r();
                else
                  _this.d = 1;
              }
              tr_1 = 1;
            }
          });
          var cl_1 = 0;
          file.ondata = function(err2, dat, final) {
            if (err2) {
              _this.ondata(err2, dat, final);
              _this.terminate();
            } else {
              cl_1 += dat.length;
              chks_1.push(dat);
              if (final) {
                var dd = new u8(16);
                wbytes(dd, 0, 134695760);
                wbytes(dd, 4, file.crc);
                wbytes(dd, 8, cl_1);
                wbytes(dd, 12, file.size);
                chks_1.push(dd);
                uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                if (tr_1)
                  uf_1.r();
                tr_1 = 1;
              } else if (tr_1)
                pAll_1();
            }
          };
          this.u.push(uf_1);
        }
      };
      Zip2.prototype.end = function() {
        var _this = this;
        if (this.d & 2) {
          this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
          return;
        }
        if (this.d)
          this.e();
        else
          this.u.push({
            r: function() {
              if (!(_this.d & 1))
                return;
              _this.u.splice(-1, 1);
              _this.e();
            },
            t: function() {
            }
          });
        this.d = 3;
      };
      Zip2.prototype.e = function() {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
          var f = _a2[_i];
          tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out2 = new u8(tl + 22);
        for (var _b2 = 0, _c = this.u; _b2 < _c.length; _b2++) {
          var f = _c[_b2];
          wzh(out2, bt, f, f.f, f.u, -f.c - 2, l, f.o);
          bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out2, bt, this.u.length, tl, l);
        this.ondata(null, out2, true);
        this.d = 2;
      };
      Zip2.prototype.terminate = function() {
        for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
          var f = _a2[_i];
          f.t();
        }
        this.d = 2;
      };
      return Zip2;
    })();
    UnzipPassThrough = /* @__PURE__ */ (function() {
      function UnzipPassThrough2() {
      }
      UnzipPassThrough2.prototype.push = function(chunk, final) {
        this.ondata(null, chunk, final);
      };
      UnzipPassThrough2.compression = 0;
      return UnzipPassThrough2;
    })();
    UnzipInflate = /* @__PURE__ */ (function() {
      function UnzipInflate2() {
        var _this = this;
        this.i = new Inflate(function(dat, final) {
          _this.ondata(null, dat, final);
        });
      }
      UnzipInflate2.prototype.push = function(chunk, final) {
        try {
          this.i.push(chunk, final);
        } catch (e) {
          this.ondata(e, null, final);
        }
      };
      UnzipInflate2.compression = 8;
      return UnzipInflate2;
    })();
    AsyncUnzipInflate = /* @__PURE__ */ (function() {
      function AsyncUnzipInflate2(_, sz) {
        var _this = this;
        if (sz < 32e4) {
          this.i = new Inflate(function(dat, final) {
            _this.ondata(null, dat, final);
          });
        } else {
          this.i = new AsyncInflate(function(err2, dat, final) {
            _this.ondata(err2, dat, final);
          });
          this.terminate = this.i.terminate;
        }
      }
      AsyncUnzipInflate2.prototype.push = function(chunk, final) {
        if (this.i.terminate)
          chunk = slc(chunk, 0);
        this.i.push(chunk, final);
      };
      AsyncUnzipInflate2.compression = 8;
      return AsyncUnzipInflate2;
    })();
    Unzip = /* @__PURE__ */ (function() {
      function Unzip2(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
          0: UnzipPassThrough
        };
        this.p = et;
      }
      Unzip2.prototype.push = function(chunk, final) {
        var _this = this;
        if (!this.onfile)
          err(5);
        if (!this.p)
          err(4);
        if (this.c > 0) {
          var len = Math.min(this.c, chunk.length);
          var toAdd = chunk.subarray(0, len);
          this.c -= len;
          if (this.d)
            this.d.push(toAdd, !this.c);
          else
            this.k[0].push(toAdd);
          chunk = chunk.subarray(len);
          if (chunk.length)
            return this.push(chunk, final);
        } else {
          var f = 0, i2 = 0, is = void 0, buf = void 0;
          if (!this.p.length)
            buf = chunk;
          else if (!chunk.length)
            buf = this.p;
          else {
            buf = new u8(this.p.length + chunk.length);
            buf.set(this.p), buf.set(chunk, this.p.length);
          }
          var l = buf.length, oc = this.c, add = oc && this.d;
          var _loop_2 = function() {
            var sig = b4(buf, i2);
            if (sig == 67324752) {
              f = 1, is = i2;
              this_1.d = null;
              this_1.c = 0;
              var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
              if (l > i2 + 30 + fnl + es) {
                var chks_3 = [];
                this_1.k.unshift(chks_3);
                f = 2;
                var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22);
                var fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u);
                var _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
                if (dd)
                  sc_1 = -1 - z64;
                i2 += es;
                this_1.c = sc_1;
                var d_1;
                var file_1 = {
                  name: fn_1,
                  compression: cmp_1,
                  start: function() {
                    if (!file_1.ondata)
                      err(5);
                    if (!sc_1)
                      file_1.ondata(null, et, true);
                    else {
                      var ctr = _this.o[cmp_1];
                      if (!ctr)
                        file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                      d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                      d_1.ondata = function(err2, dat3, final2) {
                        file_1.ondata(err2, dat3, final2);
                      };
                      for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                        var dat2 = chks_4[_i];
                        d_1.push(dat2, false);
                      }
                      if (_this.k[0] == chks_3 && _this.c)
                        _this.d = d_1;
                      else
                        d_1.push(et, true);
                    }
                  },
                  terminate: function() {
                    if (d_1 && d_1.terminate)
                      d_1.terminate();
                  }
                };
                if (sc_1 >= 0)
                  file_1.size = sc_1, file_1.originalSize = su_1;
                this_1.onfile(file_1);
              }
              return "break";
            } else if (oc) {
              if (sig == 134695760) {
                is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                return "break";
              } else if (sig == 33639248) {
                is = i2 -= 4, f = 3, this_1.c = 0;
                return "break";
              }
            }
          };
          var this_1 = this;
          for (; i2 < l - 4; ++i2) {
            var state_1 = _loop_2();
            if (state_1 === "break")
              break;
          }
          this.p = et;
          if (oc < 0) {
            var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
            if (add)
              add.push(dat, !!f);
            else
              this.k[+(f == 2)].push(dat);
          }
          if (f & 2)
            return this.push(buf.subarray(i2), final);
          this.p = buf.subarray(i2);
        }
        if (final) {
          if (this.c)
            err(13);
          this.p = null;
        }
      };
      Unzip2.prototype.register = function(decoder) {
        this.o[decoder.compression] = decoder;
      };
      return Unzip2;
    })();
    mt = typeof queueMicrotask == "function" ? queueMicrotask : typeof setTimeout == "function" ? setTimeout : function(fn) {
      fn();
    };
  }
});

// test/bench/nodeShapes.ts
var import_papaparse6 = __toESM(require_papaparse(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { cpuUsage } from "node:process";

// src/domain/observations.ts
function columnBuffers(c) {
  return [c.unit, c.indicator, c.year, c.value, c.prov, c.row].map((a) => a.buffer);
}
function copyColumns(c) {
  return { ...c, unit: c.unit.slice(), indicator: c.indicator.slice(), year: c.year.slice(), value: c.value.slice(), prov: c.prov.slice(), row: c.row.slice() };
}
var ObservationTable = class _ObservationTable {
  constructor(cols, index) {
    this.cols = cols;
    this.size = cols.value.length;
    this.unitIndex = new Map(cols.units.map((u, i2) => [u, i2]));
    this.indicatorIndex = new Map(cols.indicators.map((d2, i2) => [d2, i2]));
    const nInd = cols.indicators.length;
    if (index && index.offsets.length === cols.units.length * nInd + 1 && index.offsets[index.offsets.length - 1] === this.size) {
      this.offsets = index.offsets;
      this.yearsCache = index.years;
      return;
    }
    const offsets = new Uint32Array(cols.units.length * nInd + 1);
    for (let r = 0; r < this.size; r++) offsets[cols.unit[r] * nInd + cols.indicator[r] + 1]++;
    for (let k = 1; k < offsets.length; k++) offsets[k] += offsets[k - 1];
    this.offsets = offsets;
  }
  cols;
  size;
  unitIndex;
  indicatorIndex;
  /** offsets[u * nInd + i] .. offsets[u * nInd + i + 1] is the series of unit u, indicator i. */
  offsets;
  yearsCache = null;
  /** Unit index per code, per list of codes (lists are memoised per dataset, so this hits). */
  indexCache = /* @__PURE__ */ new WeakMap();
  /**
   * Trusts that rows are already sorted and unique (as `toColumns` and the builder produce), and
   * `index`, when given, to be `index()` of a table of the same columns (one that does not fit their
   * sizes is ignored).
   */
  static fromColumns(cols, index) {
    return new _ObservationTable(cols, index);
  }
  /** The offsets and years, to make the same table elsewhere without a pass over its rows (a copy: the caller may transfer it). */
  index() {
    return { offsets: this.offsets.slice(), years: this.years() };
  }
  static empty() {
    return new _ObservationTable({
      units: [],
      indicators: [],
      provenances: [],
      unit: new Uint32Array(0),
      indicator: new Uint16Array(0),
      year: new Uint16Array(0),
      value: new Float64Array(0),
      prov: new Uint32Array(0),
      row: new Uint32Array(0)
    });
  }
  toColumns() {
    return this.cols;
  }
  get unitCodes() {
    return this.cols.units;
  }
  get indicatorIds() {
    return this.cols.indicators;
  }
  /** Distinct years, ascending. */
  years() {
    if (!this.yearsCache) {
      const seen = new Uint8Array(65536);
      for (let r = 0; r < this.size; r++) seen[this.cols.year[r]] = 1;
      const out2 = [];
      for (let y = 0; y < seen.length; y++) if (seen[y]) out2.push(y);
      this.yearsCache = out2;
    }
    return this.yearsCache;
  }
  /** Row range [start, end) of one unit's series for one indicator, ordered by year. */
  range(unit, indicator) {
    const u = this.unitIndex.get(unit);
    const i2 = this.indicatorIndex.get(indicator);
    if (u === void 0 || i2 === void 0) return [0, 0];
    const k = u * this.cols.indicators.length + i2;
    return [this.offsets[k], this.offsets[k + 1]];
  }
  /** Row index of (unit, indicator, year), or -1. */
  find(unit, indicator, year) {
    let [lo, hi] = this.range(unit, indicator);
    const years = this.cols.year;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      const y = years[mid];
      if (y === year) return mid;
      if (y < year) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  value(unit, indicator, year) {
    const r = this.find(unit, indicator, year);
    return r < 0 ? void 0 : this.cols.value[r];
  }
  /** Years and values of one series, ascending by year. */
  series(unit, indicator) {
    const [start, end] = this.range(unit, indicator);
    const years = [];
    const values = [];
    const rows2 = [];
    for (let r = start; r < end; r++) {
      years.push(this.cols.year[r]);
      values.push(this.cols.value[r]);
      rows2.push(r);
    }
    return { years, values, rows: rows2 };
  }
  /**
   * The row of one indicator in one year for each of `codes` (-1 where there is none), by index
   * arithmetic: a string lookup per unit per call cost several ms a year change at 10,000 units.
   */
  rowsFor(codes, indicator, year) {
    const out2 = new Int32Array(codes.length).fill(-1);
    const i2 = this.indicatorIndex.get(indicator);
    if (i2 === void 0) return out2;
    let idx = this.indexCache.get(codes);
    if (!idx) {
      idx = Int32Array.from(codes, (c) => this.unitIndex.get(c) ?? -1);
      this.indexCache.set(codes, idx);
    }
    const nInd = this.cols.indicators.length;
    const years = this.cols.year;
    for (let k = 0; k < codes.length; k++) {
      const u = idx[k];
      if (u < 0) continue;
      let lo = this.offsets[u * nInd + i2];
      let hi = this.offsets[u * nInd + i2 + 1];
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        const y = years[mid];
        if (y === year) {
          out2[k] = mid;
          break;
        }
        if (y < year) lo = mid + 1;
        else hi = mid;
      }
    }
    return out2;
  }
  /** The value of one indicator in one year for each of `codes` (NaN where there is none). */
  valuesFor(codes, indicator, year) {
    const rows2 = this.rowsFor(codes, indicator, year);
    const out2 = new Float64Array(rows2.length);
    for (let k = 0; k < rows2.length; k++) out2[k] = rows2[k] < 0 ? NaN : this.cols.value[rows2[k]];
    return out2;
  }
  /** The value of row `r` (a row from find, rowsFor or range). */
  valueAt(r) {
    return this.cols.value[r];
  }
  /** Latest year of a series, not after `upTo` when given (no arrays built: called per unit of a national file). */
  lastYear(unit, indicator, upTo) {
    const [start, end] = this.range(unit, indicator);
    for (let r = end - 1; r >= start; r--) {
      const y = this.cols.year[r];
      if (upTo === void 0 || y <= upTo) return y;
    }
    return void 0;
  }
  provenance(r) {
    return this.cols.provenances[this.cols.prov[r]];
  }
  /** One row as an object, for tables and tooltips; don't use it to scan. */
  at(r) {
    const c = this.cols;
    return {
      unit: c.units[c.unit[r]],
      indicator: c.indicators[c.indicator[r]],
      year: c.year[r],
      value: c.value[r],
      provenance: c.provenances[c.prov[r]],
      row: c.row[r]
    };
  }
  *records() {
    for (let r = 0; r < this.size; r++) yield this.at(r);
  }
  /** Units that have at least one value of this indicator. */
  unitsWith(indicator) {
    const i2 = this.indicatorIndex.get(indicator);
    if (i2 === void 0) return [];
    const nInd = this.cols.indicators.length;
    return this.cols.units.filter((_, u) => this.offsets[u * nInd + i2 + 1] > this.offsets[u * nInd + i2]);
  }
};

// src/domain/units.ts
function referenceDate(year) {
  return `${String(year).padStart(4, "0")}-12-31`;
}
function toIsoDate(v, end) {
  if (v === null || v === void 0 || v === "") return null;
  const s = String(v).trim();
  if (/^\d{4}$/.test(s)) return end === "from" ? `${s}-01-01` : `${s}-12-31`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  return m[0].includes("/") ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : s;
}
function validOn(u, date) {
  return (u.validFrom === null || date >= u.validFrom) && (u.validTo === null || date <= u.validTo);
}
function validInYear(u, year) {
  return validOn(u, referenceDate(year));
}
function nameOn(u, date) {
  if (date === null || !u.names) return u.name;
  return u.names.find((n) => validOn({ validFrom: n.from, validTo: n.to }, date)) ?? u.name;
}
function foldName(s) {
  if (s === lastFoldIn) return lastFoldOut;
  lastFoldIn = s;
  return lastFoldOut = squashSpaces((isLatin(s) ? foldLatin(s) : stripMarks(s)).toLowerCase()).trim();
}
var lastFoldIn = "";
var lastFoldOut = "";
function isLatin(s) {
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (!(c < 592 || c >= 7680 && c <= 7935)) return false;
  }
  return true;
}
function squashSpaces(s) {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, " ") : s;
}
var stripMarks = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
var foldedLetter = /* @__PURE__ */ new Map();
function foldLatin(s) {
  if (s === lastLatinIn) return lastLatinOut;
  lastLatinIn = s;
  return lastLatinOut = foldLetters(s);
}
var lastLatinIn = "";
var lastLatinOut = "";
function foldLetters(s) {
  if (s.length <= 1024) {
    const codes = [];
    let changed = false;
    for (let i2 = 0; i2 < s.length; i2++) {
      const c = s.charCodeAt(i2);
      if (c < 128) {
        codes.push(c);
        continue;
      }
      let f = foldedLetter.get(c);
      if (f === void 0) foldedLetter.set(c, f = stripMarks(s[i2]));
      for (let k = 0; k < f.length; k++) codes.push(f.charCodeAt(k));
      changed = true;
    }
    return changed ? String.fromCharCode(...codes) : s;
  }
  let out2 = "";
  let from = 0;
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c < 128) continue;
    let f = foldedLetter.get(c);
    if (f === void 0) foldedLetter.set(c, f = stripMarks(s[i2]));
    out2 += s.slice(from, i2) + f;
    from = i2 + 1;
  }
  return from ? out2 + s.slice(from) : s;
}
function makeName(vi2, en2) {
  const v = vi2.normalize("NFC").trim();
  return { vi: v, en: (en2 ?? foldAsciiTitle(v)).normalize("NFC"), ascii: foldName(v) };
}
function makeUnit(p) {
  const code = p.code.trim();
  const unit = {
    code,
    officialCode: (p.officialCode ?? (code.includes("@") ? code.slice(0, code.indexOf("@")) : code)).trim(),
    level: p.level,
    parent: p.parent ?? null,
    name: makeName(p.nameVi, p.nameEn),
    validFrom: toIsoDate(p.validFrom, "from"),
    validTo: toIsoDate(p.validTo, "to"),
    tags: p.tags ?? []
  };
  if (p.names?.length) {
    unit.names = p.names.map((n) => ({ ...makeName(n.vi, n.en), from: toIsoDate(n.from, "from"), to: toIsoDate(n.to, "to") }));
  }
  return unit;
}
function normalizeUnit(u) {
  const from = typeof u.validFrom === "number" ? toIsoDate(u.validFrom, "from") : u.validFrom ?? null;
  const to = typeof u.validTo === "number" ? toIsoDate(u.validTo, "to") : u.validTo ?? null;
  if (from === u.validFrom && to === u.validTo && typeof u.officialCode === "string") return u;
  return { ...u, officialCode: u.officialCode ?? u.code.split("@")[0], validFrom: from, validTo: to };
}
function foldAsciiTitle(s) {
  return isLatin(s) ? foldLatin(s) : stripMarks(s);
}
var UnitRegistry = class _UnitRegistry {
  byCode = /* @__PURE__ */ new Map();
  byOfficial = null;
  kids = null;
  constructor(units = []) {
    for (const u of units) {
      const n = normalizeUnit(u);
      this.byCode.set(n.code, n);
    }
  }
  get size() {
    return this.byCode.size;
  }
  get(code) {
    return this.byCode.get(code);
  }
  has(code) {
    return this.byCode.has(code);
  }
  all() {
    return [...this.byCode.values()];
  }
  children(parent) {
    if (!this.kids) {
      this.kids = /* @__PURE__ */ new Map();
      for (const u of this.byCode.values()) {
        const list = this.kids.get(u.parent);
        if (list) list.push(u);
        else this.kids.set(u.parent, [u]);
      }
    }
    return this.kids.get(parent) ?? [];
  }
  /** Children valid at the end of `year` (the units a year's figures are reported by). */
  childrenIn(parent, year) {
    return this.children(parent).filter((u) => validInYear(u, year));
  }
  /** Top-most units (no parent, or a parent that is not loaded). */
  roots() {
    return this.all().filter((u) => u.parent === null || !this.byCode.has(u.parent));
  }
  /** Every vintage that carries this published code. */
  withOfficialCode(official) {
    if (!this.byOfficial) {
      this.byOfficial = /* @__PURE__ */ new Map();
      for (const u of this.byCode.values()) {
        const k = u.officialCode.toLowerCase();
        this.byOfficial.set(k, [...this.byOfficial.get(k) ?? [], u]);
      }
    }
    return this.byOfficial.get(official.trim().toLowerCase()) ?? [];
  }
  /** The unit carrying a published code on a date; undefined when none, or more than one, does. */
  resolveCode(official, date) {
    const hits = this.withOfficialCode(official).filter((u) => validOn(u, date));
    return hits.length === 1 ? hits[0] : void 0;
  }
  isValidIn(code, year) {
    const u = this.byCode.get(code);
    return u !== void 0 && validInYear(u, year);
  }
  /** A new registry with these units added or replaced (registries are immutable for the store). */
  with(units) {
    const next = new _UnitRegistry(this.byCode.values());
    for (const u of units) {
      const n = normalizeUnit(u);
      next.byCode.set(n.code, n);
    }
    return next;
  }
  /** The name in force at the end of `year` when given, else the latest name. */
  name(code, lang, year) {
    const u = this.byCode.get(code);
    if (!u) return code;
    return nameOn(u, year === void 0 ? null : referenceDate(year))[lang];
  }
};

// src/domain/standards.ts
var VN_STANDARDS = [
  { id: "2016-2020", label: { vi: "Chu\u1EA9n ngh\xE8o 2016\u20132020 (Q\u0110 59/2015/Q\u0110-TTg)", en: "2016\u20132020 standard (Decision 59/2015/Q\u0110-TTg)" }, from: 2015, to: 2020 },
  { id: "2022-2025", label: { vi: "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u 2022\u20132025 (N\u0110 07/2021/N\u0110-CP)", en: "2022\u20132025 multidimensional standard (Decree 07/2021/N\u0110-CP)" }, from: 2021, to: 2026 },
  { id: "2026-2030", label: { vi: "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u 2026\u20132030 (N\u0110 351/2025/N\u0110-CP)", en: "2026\u20132030 multidimensional standard (Decree 351/2025/N\u0110-CP)" }, from: 2027, to: 2030 }
];
function normalizeStandardId(id) {
  return /^vn-\d{4}-\d{4}$/.test(id) ? id.slice(3) : id;
}
function normalizeStandards(list) {
  if (!list || list.length === 0) return VN_STANDARDS;
  return list.map((s) => ({ ...s, id: normalizeStandardId(s.id) }));
}

// src/domain/dataset.ts
function toPlain(ds) {
  const { units, table, ...rest } = ds;
  return { ...rest, units: units.all(), columns: table.toColumns() };
}
function fromPlain(p) {
  const { units, columns, ...rest } = p;
  return { ...rest, standards: normalizeStandards(rest.standards), units: new UnitRegistry(units), table: ObservationTable.fromColumns(columns) };
}
function emptyDataset() {
  return {
    id: "empty",
    title: { vi: "Ch\u01B0a c\xF3 d\u1EEF li\u1EC7u", en: "No data" },
    rootUnit: "",
    units: new UnitRegistry(),
    table: ObservationTable.empty(),
    targets: [],
    standards: VN_STANDARDS,
    status: "imported",
    sources: []
  };
}
var compared = /* @__PURE__ */ new WeakMap();
function comparisonUnits(ds, year) {
  const y = year ?? ds.table.years().at(-1) ?? 0;
  let byYear = compared.get(ds);
  if (!byYear) compared.set(ds, byYear = /* @__PURE__ */ new Map());
  let hit = byYear.get(y);
  if (!hit) {
    const found = findComparisonUnits(ds, y);
    hit = [...new Set(byYear.values())].find((a) => sameList(a, found)) ?? found;
    byYear.set(y, hit);
  }
  return hit;
}
function sameList(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return false;
  return true;
}
var candidatesOf = /* @__PURE__ */ new WeakMap();
function candidates(ds) {
  let hit = candidatesOf.get(ds);
  if (!hit) {
    const withData = new Set(ds.table.unitCodes);
    const children2 = ds.units.children(ds.rootUnit).filter((u) => withData.has(u.code));
    hit = { withData, children: children2 };
    if (children2.length > 0 && children2.every((u) => u.validFrom === null && u.validTo === null)) hit.always = children2.map((u) => u.code);
    candidatesOf.set(ds, hit);
  }
  return hit;
}
function topLevel(ds, c) {
  c.topLevel ??= [...c.withData].flatMap((code) => {
    const unit = ds.units.get(code);
    const parent = unit?.parent;
    return code !== ds.rootUnit && (!parent || parent === ds.rootUnit || !c.withData.has(parent)) ? [{ code, unit }] : [];
  });
  return c.topLevel;
}
function findComparisonUnits(ds, year) {
  const date = referenceDate(year);
  const c = candidates(ds);
  if (c.always) return c.always;
  const kids = c.children.filter((u) => validOn(u, date)).map((u) => u.code);
  if (kids.length > 0) return kids;
  if (c.alwaysTop) return c.alwaysTop;
  const top = topLevel(ds, c);
  if (top.every(({ unit }) => !unit || unit.validFrom === null && unit.validTo === null)) return c.alwaysTop = top.map(({ code }) => code);
  return top.filter(({ unit }) => !unit || validOn(unit, date)).map(({ code }) => code);
}

// src/ingest/nodeFiles.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/data/compose.ts
var import_papaparse3 = __toESM(require_papaparse(), 1);

// src/ingest/tidy.ts
var import_papaparse = __toESM(require_papaparse(), 1);

// src/domain/provenance.ts
function provenanceKey(p) {
  return [p.kind, p.source, p.note ?? "", p.noteVi ?? "", p.sourceVi ?? "", p.derived ? "d" : "", p.asReported ?? "", p.standard ?? ""].join("");
}
var RANK = { published: 0, imported: 1, expected: 2, illustrative: 3 };
function weakestKind(kinds) {
  let out2 = "published";
  for (const k of kinds) if (RANK[k] > RANK[out2]) out2 = k;
  return out2;
}
function derivedProvenance(source2, inputs) {
  const kind = weakestKind(inputs.map((p) => p.kind));
  const notes = [...new Set(inputs.map((p) => p.note).filter((n) => !!n))];
  const notesVi = inputs.some((p) => p.noteVi) ? [...new Set(inputs.map((p) => p.noteVi ?? p.note).filter((n) => !!n))] : [];
  const standards = new Set(inputs.map((p) => p.standard).filter((s) => !!s));
  return {
    kind,
    ...typeof source2 === "string" ? { source: source2 } : { source: source2.en, sourceVi: source2.vi },
    derived: true,
    ...notes.length ? { note: notes.join("; ") } : {},
    ...notesVi.length ? { noteVi: notesVi.join("; ") } : {},
    ...standards.size === 1 ? { standard: [...standards][0] } : {}
  };
}

// src/domain/tableBuilder.ts
var TableBuilder = class {
  units = [];
  unitIdx = /* @__PURE__ */ new Map();
  indicators = [];
  indicatorIdx = /* @__PURE__ */ new Map();
  provs = [];
  provIdx = /* @__PURE__ */ new Map();
  n = 0;
  cap;
  unit;
  indicator;
  year;
  value;
  prov;
  row;
  constructor(capacity = 1024) {
    this.cap = Math.max(16, capacity);
    this.unit = new Uint32Array(this.cap);
    this.indicator = new Uint16Array(this.cap);
    this.year = new Uint16Array(this.cap);
    this.value = new Float64Array(this.cap);
    this.prov = new Uint32Array(this.cap);
    this.row = new Uint32Array(this.cap);
  }
  get length() {
    return this.n;
  }
  add(unit, indicator, year, value, provenance, row = 0) {
    if (!Number.isInteger(year) || year < 0 || year > 65535) throw new RangeError(`Year out of range: ${year}`);
    if (this.n === this.cap) this.grow();
    const r = this.n++;
    this.unit[r] = intern(unit, this.units, this.unitIdx);
    this.indicator[r] = intern(indicator, this.indicators, this.indicatorIdx);
    this.year[r] = year;
    this.value[r] = value;
    this.prov[r] = this.internProvenance(provenance);
    this.row[r] = row;
  }
  /** The dictionary index `add` gives a unit code, an indicator id, a provenance (for `addIndexed`). */
  unitIndex(code) {
    return intern(code, this.units, this.unitIdx);
  }
  indicatorIndex(id) {
    return intern(id, this.indicators, this.indicatorIdx);
  }
  provenanceIndex(provenance) {
    return this.internProvenance(provenance);
  }
  /** `add` with the dictionary indexes looked up once by the caller, not a string lookup per row. */
  addIndexed(unit, indicator, year, value, prov, row = 0) {
    if (!Number.isInteger(year) || year < 0 || year > 65535) throw new RangeError(`Year out of range: ${year}`);
    if (this.n === this.cap) this.grow();
    const r = this.n++;
    this.unit[r] = unit;
    this.indicator[r] = indicator;
    this.year[r] = year;
    this.value[r] = value;
    this.prov[r] = prov;
    this.row[r] = row;
  }
  /** Copies every row of a table (used by merges): dictionaries are mapped once, not per row. */
  addTable(table, skip) {
    const c = table.toColumns();
    const uMap = Uint32Array.from(c.units, (u) => intern(u, this.units, this.unitIdx));
    const iMap = Uint32Array.from(c.indicators, (i2) => intern(i2, this.indicators, this.indicatorIdx));
    const pMap = Uint32Array.from(c.provenances, (p) => this.internProvenance(p));
    while (this.cap < this.n + table.size) this.grow();
    let w = this.n;
    for (let r = 0; r < table.size; r++) {
      if (skip?.(r)) continue;
      this.unit[w] = uMap[c.unit[r]];
      this.indicator[w] = iMap[c.indicator[r]];
      this.year[w] = c.year[r];
      this.value[w] = c.value[r];
      this.prov[w] = pMap[c.prov[r]];
      this.row[w] = c.row[r];
      w++;
    }
    this.n = w;
  }
  build() {
    const n = this.n;
    const unitRank = rankOf(this.units);
    const indRank = rankOf(this.indicators);
    if (isIdentity(unitRank) && isIdentity(indRank) && strictlySorted(this.unit, this.indicator, this.year, n)) {
      return ObservationTable.fromColumns({
        units: this.units.slice(),
        indicators: this.indicators.slice(),
        provenances: this.provs,
        unit: this.unit.slice(0, n),
        indicator: this.indicator.slice(0, n),
        year: this.year.slice(0, n),
        value: this.value.slice(0, n),
        prov: this.prov.slice(0, n),
        row: this.row.slice(0, n)
      });
    }
    const uKey = new Uint32Array(n);
    const iKey = new Uint32Array(n);
    for (let r = 0; r < n; r++) {
      uKey[r] = unitRank[this.unit[r]];
      iKey[r] = indRank[this.indicator[r]];
    }
    const unitsSorted = byRank(this.units, unitRank);
    const indSorted = byRank(this.indicators, indRank);
    const order = sortedOrder(uKey, iKey, this.year.subarray(0, n), this.units.length, this.indicators.length);
    const keep = new Uint32Array(n);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const r = order[k];
      const next = k + 1 < n ? order[k + 1] : -1;
      if (next >= 0 && uKey[next] === uKey[r] && iKey[next] === iKey[r] && this.year[next] === this.year[r]) continue;
      keep[m++] = r;
    }
    const cols = {
      units: unitsSorted,
      indicators: indSorted,
      provenances: this.provs,
      unit: new Uint32Array(m),
      indicator: new Uint16Array(m),
      year: new Uint16Array(m),
      value: new Float64Array(m),
      prov: new Uint32Array(m),
      row: new Uint32Array(m)
    };
    for (let k = 0; k < m; k++) {
      const r = keep[k];
      cols.unit[k] = uKey[r];
      cols.indicator[k] = iKey[r];
      cols.year[k] = this.year[r];
      cols.value[k] = this.value[r];
      cols.prov[k] = this.prov[r];
      cols.row[k] = this.row[r];
    }
    return ObservationTable.fromColumns(cols);
  }
  // The same provenance object is passed for every row of an import: skip building its key again.
  lastProv = null;
  lastProvIdx = 0;
  internProvenance(provenance) {
    if (provenance === this.lastProv) return this.lastProvIdx;
    this.lastProv = provenance;
    this.lastProvIdx = this.internKey(provenance);
    return this.lastProvIdx;
  }
  internKey(provenance) {
    const pk = provenanceKey(provenance);
    let p = this.provIdx.get(pk);
    if (p === void 0) {
      p = this.provs.length;
      this.provs.push(provenance);
      this.provIdx.set(pk, p);
    }
    return p;
  }
  grow() {
    this.cap *= 2;
    this.unit = extend(this.unit, new Uint32Array(this.cap));
    this.indicator = extend(this.indicator, new Uint16Array(this.cap));
    this.year = extend(this.year, new Uint16Array(this.cap));
    this.value = extend(this.value, new Float64Array(this.cap));
    this.prov = extend(this.prov, new Uint32Array(this.cap));
    this.row = extend(this.row, new Uint32Array(this.cap));
  }
};
function extend(old, next) {
  next.set(old);
  return next;
}
function intern(s, list, idx) {
  let i2 = idx.get(s);
  if (i2 === void 0) {
    i2 = list.length;
    list.push(s);
    idx.set(s, i2);
  }
  return i2;
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortedOrder(u, i2, y, nUnits, nInd) {
  const n = u.length;
  let sorted = true;
  for (let r = 1; r < n && sorted; r++) {
    sorted = u[r - 1] < u[r] || u[r - 1] === u[r] && (i2[r - 1] < i2[r] || i2[r - 1] === i2[r] && y[r - 1] <= y[r]);
  }
  let order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  if (sorted) return order;
  let y0 = 65535, y1 = 0;
  for (let r = 0; r < n; r++) {
    const v = y[r];
    if (v < y0) y0 = v;
    if (v > y1) y1 = v;
  }
  const yk = new Uint32Array(n);
  for (let r = 0; r < n; r++) yk[r] = y[r] - y0;
  order = countingPass(order, yk, n ? y1 - y0 + 1 : 1);
  order = countingPass(order, i2, nInd);
  return countingPass(order, u, nUnits);
}
function strictlySorted(u, i2, y, n) {
  for (let r = 1; r < n; r++) {
    const du = u[r] - u[r - 1];
    if (du > 0) continue;
    if (du < 0) return false;
    const di = i2[r] - i2[r - 1];
    if (di < 0 || di === 0 && y[r] <= y[r - 1]) return false;
  }
  return true;
}
function countingPass(order, key, range) {
  const counts = new Uint32Array(range + 1);
  for (let k = 0; k < order.length; k++) counts[key[order[k]] + 1]++;
  for (let v = 1; v <= range; v++) counts[v] += counts[v - 1];
  const out2 = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const r = order[k];
    out2[counts[key[r]]++] = r;
  }
  return out2;
}
function byRank(list, rank) {
  const out2 = new Array(list.length);
  for (let i2 = 0; i2 < list.length; i2++) out2[rank[i2]] = list[i2];
  return out2;
}
function isIdentity(rank) {
  for (let k = 0; k < rank.length; k++) if (rank[k] !== k) return false;
  return true;
}
function rankOf(list) {
  const idx = list.map((_, i2) => i2).sort((a, b) => cmp(list[a], list[b]));
  const rank = new Uint32Array(list.length);
  idx.forEach((orig, pos) => {
    rank[orig] = pos;
  });
  return rank;
}
function mergeTables(base, incoming, mode) {
  if (mode === "replace") return incoming;
  const b = new TableBuilder(base.size + incoming.size);
  b.addTable(base);
  b.addTable(incoming);
  return b.build();
}

// src/ingest/tidy.ts
function rows(text2) {
  const res = import_papaparse.default.parse(text2.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  if (res.errors.length) throw new Error(`CSV error at row ${(res.errors[0].row ?? 0) + 2}: ${res.errors[0].message}`);
  return res.data;
}
var LEVELS = ["country", "region", "province", "district", "commune"];
function readTidyUnits(text2) {
  return rows(text2).map((r) => makeUnit({
    code: r.code ?? "",
    level: LEVELS.find((l) => l === r.level) ?? "district",
    parent: r.parent || null,
    nameVi: r.name_vi ?? r.code ?? "",
    ...r.name_en ? { nameEn: r.name_en } : {},
    validFrom: r.valid_from || null,
    validTo: r.valid_to || null,
    tags: r.tags ? r.tags.split(/[;|]/).map((t) => t.trim()).filter(Boolean) : []
  }));
}
function applyUnitNames(units, text2) {
  const byCode = /* @__PURE__ */ new Map();
  for (const r of rows(text2)) if (r.code) byCode.set(r.code, [...byCode.get(r.code) ?? [], r]);
  return units.map((u) => {
    const list = byCode.get(u.code);
    if (!list) return u;
    const names = list.map((r) => ({ from: r.valid_from || null, to: r.valid_to || null, vi: r.name_vi ?? u.name.vi, ...r.name_en ? { en: r.name_en } : {} }));
    const latest = list.find((r) => !r.valid_to) ?? list[list.length - 1];
    return makeUnit({
      code: u.code,
      officialCode: u.officialCode,
      level: u.level,
      parent: u.parent,
      nameVi: latest.name_vi ?? u.name.vi,
      ...latest.name_en ? { nameEn: latest.name_en } : {},
      validFrom: u.validFrom,
      validTo: u.validTo,
      tags: u.tags,
      names
    });
  });
}

// src/ingest/crosswalkFile.ts
var import_papaparse2 = __toESM(require_papaparse(), 1);
var fold = (h) => foldName(h).replace(/[_\-.]/g, " ").replace(/\s+/g, " ").trim();
var RULES = [
  ["oldParent", /^(old (district|parent)( code)?|ma (huyen|quan) cu|ma huyen|old district code)$/],
  ["newCode", /^(new code|ma (xa|don vi|dvhc) moi|ma moi|code new)$/],
  ["oldCode", /^(old code|ma (xa|don vi|dvhc) cu|ma cu|code old)$/],
  ["newName", /^(new name|ten (xa|don vi|dvhc) moi|ten moi)$/],
  ["oldName", /^(old name|ten (xa|don vi|dvhc) cu|ten cu)$/],
  ["whole", /^nhap toan bo$/],
  ["partial", /^nhap mot phan$/],
  ["unchanged", /^giu nguyen$/],
  ["change", /^(change|kind|type|hinh thuc|phuong an|loai)$/],
  ["share", /^(share|household share|ty le( ho)?|ti le)$/]
];
var CHANGE = [
  ["whole", /^(whole|merged?|nhap toan bo|toan bo)$/],
  ["partial", /^(partial|split|nhap mot phan|mot phan)$/],
  ["unchanged", /^(unchanged|same|giu nguyen)$/]
];
function isCrosswalkHeader(headers) {
  const fields = new Set(headers.map(fieldOf));
  return fields.has("newCode") && (fields.has("oldCode") || fields.has("oldName"));
}
function fieldOf(h) {
  const f = fold(h);
  return RULES.find(([, re]) => re.test(f))?.[0];
}
var marked = (v) => v !== void 0 && /^(x|1|co|yes|true|v)$/.test(fold(v));
function crosswalkFromRows(head, body, meta, firstRow) {
  const col = /* @__PURE__ */ new Map();
  head.forEach((h, i2) => {
    const f = fieldOf(h);
    if (f && !col.has(f)) col.set(f, i2);
  });
  const get = (r, f) => col.has(f) ? (r[col.get(f)] ?? "").trim() : void 0;
  const issues = [];
  const links = [];
  body.forEach((r, i2) => {
    if (r.every((c) => !c || !c.trim())) return;
    const row = i2 + firstRow;
    const toCode = get(r, "newCode");
    const fromCode = get(r, "oldCode") || void 0;
    const fromName = get(r, "oldName") || "";
    if (!toCode) {
      issues.push({ row, column: head[col.get("newCode") ?? 0] ?? "", message: "no-new-code" });
      return;
    }
    if (!fromCode && !fromName) {
      issues.push({ row, column: head[col.get("oldName") ?? col.get("oldCode") ?? 0] ?? "", message: "no-old-unit" });
      return;
    }
    let kind;
    const word = get(r, "change");
    if (word) kind = CHANGE.find(([, re]) => re.test(fold(word)))?.[0];
    else if (marked(get(r, "partial"))) kind = "partial";
    else if (marked(get(r, "unchanged"))) kind = "unchanged";
    else if (marked(get(r, "whole"))) kind = "whole";
    if (!kind) {
      issues.push({ row, column: head[col.get("change") ?? col.get("whole") ?? 0] ?? "", message: "unknown-change", ...word ? { value: word } : {} });
      return;
    }
    const link = { fromName: fromName || fromCode, toCode, kind };
    if (fromCode) link.fromCode = fromCode;
    const toName = get(r, "newName");
    if (toName) link.toName = toName;
    const parent = get(r, "oldParent");
    if (parent) link.fromParent = parent;
    const shareText = get(r, "share");
    if (shareText) {
      let share = Number(shareText.replace("%", "").replace(",", "."));
      if (shareText.includes("%") || share > 1) share /= 100;
      if (!(share > 0 && share <= 1)) {
        issues.push({ row, column: head[col.get("share")] ?? "", message: "bad-share", value: shareText });
        return;
      }
      link.share = share;
    }
    links.push(link);
  });
  return {
    crosswalk: { id: meta.id, label: meta.label ?? { vi: meta.id, en: meta.id }, effective: meta.effective, source: meta.source, links },
    issues
  };
}

// src/data/compose.ts
function builtinUnits(t) {
  const old = applyUnitNames(readTidyUnits(t.tthUnits), t.unitNames).map((u) => u.code === "46" ? { ...u, validTo: null } : u);
  const tiles = new Map(import_papaparse3.default.parse(t.tiles, { header: true, skipEmptyLines: true }).data.map((r) => [r.code ?? "", [Number(r.col), Number(r.row)]]));
  return [...old, ...readTidyUnits(t.hueUnits)].map((u) => tiles.has(u.code) ? { ...u, tile: tiles.get(u.code) } : u);
}

// src/ingest/nodeFiles.ts
var dataFile = (path) => readFileSync(fileURLToPath(new URL(`../../data/${path}`, import.meta.url)), "utf8");
function builtinUnitsFromDisk() {
  return builtinUnits({ tthUnits: dataFile("thua-thien-hue/units.csv"), unitNames: dataFile("hue-2025/unit-names.csv"), hueUnits: dataFile("hue-2025/units.csv"), tiles: dataFile("hue-2025/tiles.csv") });
}

// src/domain/pooled.ts
function indicatorYears(ds, indicator, units) {
  const seen = new Uint8Array(65536);
  const years = ds.table.cols.year;
  for (const u of units) {
    const [start, end] = ds.table.range(u, indicator);
    for (let r = start; r < end; r++) seen[years[r]] = 1;
  }
  const out2 = [];
  for (let y = 0; y < seen.length; y++) if (seen[y]) out2.push(y);
  return out2;
}
function mapYears(ds, indicator) {
  const seed = seeded.get(ds)?.get(indicator);
  if (seed) return [...seed.years];
  const out2 = /* @__PURE__ */ new Set();
  const vintages = new Set(ds.table.years().map((y) => comparisonUnits(ds, y)));
  for (const units of vintages) for (const y of indicatorYears(ds, indicator, units)) out2.add(y);
  return [...out2].sort((a, b) => a - b);
}
function sortPool(table, indicator, units) {
  const ranges = units.map((u) => table.range(u, indicator));
  const out2 = new Float64Array(ranges.reduce((n, [a, b]) => n + b - a, 0));
  const values = table.cols.value;
  let at = 0;
  for (const [a, b] of ranges) {
    out2.set(values.subarray(a, b), at);
    at += b - a;
  }
  return out2.sort();
}
function makePools(ds) {
  const out2 = [];
  for (const indicator of ds.table.indicatorIds) {
    const years = mapYears(ds, indicator);
    const year = years.at(-1);
    if (year === void 0) continue;
    out2.push({ indicator, year, years, values: sortPool(ds.table, indicator, comparisonUnits(ds, year)) });
  }
  return out2;
}
var seeded = /* @__PURE__ */ new WeakMap();

// src/ingest/papa.ts
var import_papaparse4 = __toESM(require_papaparse(), 1);
var DELIMITERS = [",", ";", "	", "|"];
function isDelimiter(s) {
  return s !== void 0 && DELIMITERS.includes(s);
}
function parseRows(text2, delimiter) {
  const res = import_papaparse4.default.parse(text2, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const rows2 = res.data;
  while (rows2.length && rows2[rows2.length - 1].every((c) => c === "")) rows2.pop();
  return rows2;
}
function firstLines(text2, n) {
  const split = (t) => t.split(/\r\n|\n|\r/);
  if (text2.length > 1 << 16) {
    const lines = split(text2.slice(0, 1 << 16));
    lines.pop();
    const full = lines.filter((l) => l.trim() !== "");
    if (full.length >= n) return full.slice(0, n);
  }
  return split(text2).filter((l) => l.trim() !== "").slice(0, n);
}
function detectDelimiter(text2, maxLines = 40) {
  const sample = firstLines(text2, maxLines).join("\n");
  let best = { d: ",", score: -1 };
  for (const d2 of ["	", ";", "|", ","]) {
    const rows2 = import_papaparse4.default.parse(sample, { delimiter: d2, header: false, skipEmptyLines: true }).data;
    const counts = rows2.map((r) => r.length).filter((n) => n > 1);
    if (!counts.length) continue;
    const freq = /* @__PURE__ */ new Map();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, hits] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const score = hits / rows2.length + Math.min(mode, 20) * 1e-3;
    if (score > best.score + 0.05) best = { d: d2, score };
  }
  return best.d;
}

// src/domain/deprivation/lists.ts
var d = (id, dimension2, vi2, en2, cutVi, cutEn, headers) => ({ id, dimension: dimension2, label: { vi: vi2, en: en2 }, cutoff: { vi: cutVi, en: cutEn }, headers });
var DEPRIVATIONS_2022 = [
  d("dep_employment", "employment", "Vi\u1EC7c l\xE0m", "Employment", "C\xF3 ng\u01B0\u1EDDi trong tu\u1ED5i lao \u0111\u1ED9ng th\u1EA5t nghi\u1EC7p ho\u1EB7c l\xE0m c\xF4ng kh\xF4ng h\u1EE3p \u0111\u1ED3ng", "A working-age member is unemployed or works for wages without a contract", ["viec lam", "thieu viec lam", "employment"]),
  d("dep_dependants", "employment", "Ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c", "Dependants", "Ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c chi\u1EBFm qu\xE1 m\u1ED9t n\u1EEDa s\u1ED1 th\xE0nh vi\xEAn", "Dependants are more than half of the members", ["nguoi phu thuoc", "phu thuoc", "nguoi phu thuoc trong ho gia dinh", "dependants", "dependents"]),
  d("dep_nutrition", "health", "Dinh d\u01B0\u1EE1ng", "Nutrition", "C\xF3 tr\u1EBB d\u01B0\u1EDBi 16 tu\u1ED5i suy dinh d\u01B0\u1EE1ng th\u1EA5p c\xF2i ho\u1EB7c nh\u1EB9 c\xE2n", "A child under 16 is stunted or underweight", ["dinh duong", "nutrition"]),
  d("dep_health_insurance", "health", "B\u1EA3o hi\u1EC3m y t\u1EBF", "Health insurance", "C\xF3 th\xE0nh vi\xEAn t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn kh\xF4ng c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF", "A member aged 6 or over has no health insurance", ["bao hiem y te", "bhyt", "health insurance"]),
  d("dep_adult_education", "education", "Tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn", "Adult education", "C\xF3 ng\u01B0\u1EDDi 16\u201330 tu\u1ED5i kh\xF4ng \u0111\u1EA1t tr\xECnh \u0111\u1ED9 theo \u0111\u1ED9 tu\u1ED5i", "A member aged 16\u201330 lacks the qualification for their age", ["trinh do giao duc cua nguoi lon", "giao duc nguoi lon", "trinh do giao duc", "adult education"]),
  d("dep_school_attendance", "education", "T\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em", "School attendance", "C\xF3 tr\u1EBB 3 \u0111\u1EBFn d\u01B0\u1EDBi 16 tu\u1ED5i kh\xF4ng h\u1ECDc \u0111\xFAng c\u1EA5p", "A child aged 3 to under 16 is not at the right school level", ["tinh trang di hoc cua tre em", "di hoc cua tre em", "tre em di hoc", "di hoc", "school attendance"]),
  d("dep_housing_quality", "housing", "Ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF", "Housing quality", "Nh\xE0 \u1EDF kh\xF4ng b\u1EC1n ch\u1EAFc", "The house is not durable", ["chat luong nha o", "nha o", "housing quality"]),
  d("dep_housing_area", "housing", "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi", "Housing area", "D\u01B0\u1EDBi 8 m\xB2 m\u1ED7i ng\u01B0\u1EDDi", "Under 8 m\xB2 per person", ["dien tich nha o binh quan dau nguoi", "dien tich nha o", "dien tich nha", "housing area"]),
  d("dep_water", "water", "Ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t", "Domestic water", "Kh\xF4ng c\xF3 n\u01B0\u1EDBc sinh ho\u1EA1t an to\xE0n", "No safe domestic water", ["nguon nuoc sinh hoat", "nuoc sinh hoat", "nguon nuoc", "water", "water source"]),
  d("dep_toilet", "water", "Nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh", "Hygienic toilet", "Kh\xF4ng c\xF3 nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh", "No hygienic toilet", ["nha tieu hop ve sinh", "nha tieu", "nha ve sinh", "toilet", "hygienic toilet"]),
  d("dep_telecom", "information", "S\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng", "Telecom use", "Kh\xF4ng th\xE0nh vi\xEAn n\xE0o d\xF9ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng, internet", "No member uses telecom or internet services", ["su dung dich vu vien thong", "dich vu vien thong", "vien thong", "telecom", "telecom use"]),
  d("dep_information_assets", "information", "Ph\u01B0\u01A1ng ti\u1EC7n ti\u1EBFp c\u1EADn th\xF4ng tin", "Information assets", "Kh\xF4ng c\xF3 ti vi, radio, m\xE1y t\xEDnh hay \u0111i\u1EC7n tho\u1EA1i", "No TV, radio, computer or phone", ["phuong tien phuc vu tiep can thong tin", "phuong tien tiep can thong tin", "tiep can thong tin", "information assets", "information access"])
];
var DEPRIVATION_IDS = DEPRIVATIONS_2022.map((x2) => x2.id);

// src/domain/indicators.ts
var INDICATORS = {
  poverty_rate: {
    id: "poverty_rate",
    label: { vi: "T\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o", en: "Poor-household rate" },
    short: { vi: "H\u1ED9 ngh\xE8o (%)", en: "Poor (%)" },
    unit: "%",
    kind: "rate",
    better: "lower",
    ratio: { numerator: "poor_households", denominator: "total_households" }
  },
  poor_households: {
    id: "poor_households",
    label: { vi: "S\u1ED1 h\u1ED9 ngh\xE8o", en: "Poor households" },
    short: { vi: "H\u1ED9 ngh\xE8o", en: "Poor" },
    unit: "households",
    kind: "count",
    better: "lower"
  },
  near_poor_rate: {
    id: "near_poor_rate",
    label: { vi: "T\u1EF7 l\u1EC7 h\u1ED9 c\u1EADn ngh\xE8o", en: "Near-poor household rate" },
    short: { vi: "C\u1EADn ngh\xE8o (%)", en: "Near-poor (%)" },
    unit: "%",
    kind: "rate",
    better: "lower",
    ratio: { numerator: "near_poor_households", denominator: "total_households" }
  },
  near_poor_households: {
    id: "near_poor_households",
    label: { vi: "S\u1ED1 h\u1ED9 c\u1EADn ngh\xE8o", en: "Near-poor households" },
    short: { vi: "H\u1ED9 c\u1EADn ngh\xE8o", en: "Near-poor" },
    unit: "households",
    kind: "count",
    better: "lower"
  },
  total_households: {
    id: "total_households",
    label: { vi: "T\u1ED5ng s\u1ED1 h\u1ED9", en: "Total households" },
    short: { vi: "T\u1ED5ng s\u1ED1 h\u1ED9", en: "Households" },
    unit: "households",
    kind: "count",
    better: "higher"
  },
  target_rate: {
    id: "target_rate",
    label: { vi: "Ch\u1EC9 ti\xEAu t\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o", en: "Target poor-household rate" },
    short: { vi: "Ch\u1EC9 ti\xEAu (%)", en: "Target (%)" },
    unit: "%",
    kind: "rate",
    better: "lower",
    isTarget: true
  },
  target_poor_households: {
    id: "target_poor_households",
    label: { vi: "Ch\u1EC9 ti\xEAu s\u1ED1 h\u1ED9 ngh\xE8o", en: "Target poor households" },
    short: { vi: "Ch\u1EC9 ti\xEAu (h\u1ED9)", en: "Target (hh)" },
    unit: "households",
    kind: "count",
    better: "lower",
    isTarget: true
  },
  ethnic_minority_households: {
    id: "ethnic_minority_households",
    label: { vi: "S\u1ED1 h\u1ED9 d\xE2n t\u1ED9c thi\u1EC3u s\u1ED1", en: "Ethnic-minority households" },
    short: { vi: "H\u1ED9 DTTS", en: "Ethnic-minority" },
    unit: "households",
    kind: "count",
    better: "higher"
  },
  ethnic_minority_rate: {
    id: "ethnic_minority_rate",
    label: { vi: "T\u1EF7 l\u1EC7 h\u1ED9 d\xE2n t\u1ED9c thi\u1EC3u s\u1ED1", en: "Ethnic-minority household share" },
    short: { vi: "H\u1ED9 DTTS (%)", en: "Ethnic-minority (%)" },
    unit: "%",
    kind: "rate",
    better: "higher",
    ratio: { numerator: "ethnic_minority_households", denominator: "total_households" }
  },
  // dep_*: poor households deprived on each indicator of the standard (src/domain/deprivation).
  ...Object.fromEntries(DEPRIVATIONS_2022.map((x2) => [x2.id, {
    id: x2.id,
    label: { vi: `H\u1ED9 ngh\xE8o thi\u1EBFu h\u1EE5t: ${x2.label.vi.toLowerCase()}`, en: `Poor households deprived: ${x2.label.en.toLowerCase()}` },
    short: { vi: `Thi\u1EBFu ${x2.label.vi.toLowerCase()}`, en: `Lack ${x2.label.en.toLowerCase()}` },
    unit: "households",
    kind: "count",
    better: "lower"
  }]))
};
var INDICATOR_IDS = Object.keys(INDICATORS);
var DISPLAY_INDICATORS = INDICATOR_IDS.filter((id) => !INDICATORS[id].isTarget);
function isIndicatorId(value) {
  return Object.prototype.hasOwnProperty.call(INDICATORS, value);
}

// src/domain/catalogue.ts
function describeIndicator(id) {
  if (isIndicatorId(id)) return { ...INDICATORS[id], known: true };
  return {
    id,
    label: { vi: id, en: id },
    short: { vi: id, en: id },
    unit: /(_rate|_pct|_percent)$/.test(id) ? "%" : "",
    kind: /(_rate|_pct|_percent)$/.test(id) ? "rate" : "count",
    better: "lower",
    known: false
  };
}

// src/ingest/decode.ts
function bomOf(b) {
  if (b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191) return { encoding: "utf-8", length: 3 };
  if (b.length >= 2 && b[0] === 255 && b[1] === 254) return { encoding: "utf-16le", length: 2 };
  if (b.length >= 2 && b[0] === 254 && b[1] === 255) return { encoding: "utf-16be", length: 2 };
  return null;
}
function sniffUtf16(b) {
  const n = Math.min(b.length - b.length % 2, 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i2 = 0; i2 < n; i2 += 2) {
    if (b[i2] === 0) evenZero++;
    if (b[i2 + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}
function tryUtf8(b) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}
var VIET = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0102\u0103\u0110\u0111]/g;
function unicodeEncoding(b) {
  const bom = bomOf(b);
  if (bom) return bom.encoding;
  const u163 = sniffUtf16(b);
  if (u163) return u163;
  return tryUtf8(b) !== null ? "utf-8" : null;
}
function detectEncoding(b) {
  const unicode = unicodeEncoding(b);
  if (unicode) return unicode;
  const sample = b.subarray(0, 65536);
  const as1258 = new TextDecoder("windows-1258").decode(sample).normalize("NFC");
  const viet = as1258.match(VIET)?.length ?? 0;
  let high = 0;
  for (let i2 = 0; i2 < sample.length; i2++) if (sample[i2] >= 128) high++;
  return viet > 0 && viet >= high * 0.3 ? "windows-1258" : "windows-1252";
}
var CP1252_HIGH = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
function decode1252(b) {
  let out2 = "";
  for (let i2 = 0; i2 < b.length; i2 += 8192) {
    const chunk = b.subarray(i2, i2 + 8192);
    out2 += String.fromCharCode(...chunk.map((x2) => x2)).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 128]);
  }
  return out2;
}
var MARK_BYTES = [204, 210, 222, 236, 242];
var cp1258 = null;
function cp1258Tables() {
  if (cp1258) return cp1258;
  const all = new Uint8Array(256).map((_, i2) => i2);
  const text2 = new TextDecoder("windows-1258").decode(all);
  const unit = new Uint16Array(256);
  for (let i2 = 0; i2 < 256; i2++) unit[i2] = text2.charCodeAt(i2);
  const mark = new Int8Array(256).fill(-1);
  MARK_BYTES.forEach((m, k) => {
    mark[m] = k;
  });
  const pair = new Array(256 * MARK_BYTES.length).fill("");
  for (let base = 0; base < 256; base++) {
    if (mark[base] >= 0) continue;
    MARK_BYTES.forEach((m, k) => {
      const written = String.fromCharCode(unit[base], unit[m]);
      const nfc2 = written.normalize("NFC");
      if (nfc2 !== written) pair[base * MARK_BYTES.length + k] = nfc2;
    });
  }
  return cp1258 = { unit, mark, pair };
}
var littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var utf16 = new TextDecoder("utf-16le");
var SCRATCH_MAX = 1 << 17;
var scratch = new Uint16Array(0);
function decode1258Nfc(b, prefix = "") {
  if (!littleEndian) return null;
  const { unit, mark, pair } = cp1258Tables();
  const size = prefix.length + b.length;
  if (size <= SCRATCH_MAX && scratch.length < size) scratch = new Uint16Array(Math.max(size, 1 << 16));
  const out2 = size <= SCRATCH_MAX ? scratch : new Uint16Array(size);
  for (let i2 = 0; i2 < prefix.length; i2++) out2[i2] = prefix.charCodeAt(i2);
  let n = prefix.length;
  let prev = -1;
  for (let i2 = 0; i2 < b.length; i2++) {
    const x2 = b[i2];
    if (x2 < 128) {
      out2[n++] = x2;
      prev = x2;
      continue;
    }
    const k = mark[x2];
    if (k < 0) {
      out2[n++] = unit[x2];
      prev = x2;
      continue;
    }
    if (i2 > 0 && mark[b[i2 - 1]] >= 0) return null;
    const nfc2 = prev >= 0 ? pair[prev * 5 + k] : "";
    if (nfc2.length === 1) out2[n - 1] = nfc2.charCodeAt(0);
    else if (nfc2.length === 2) {
      out2[n - 1] = nfc2.charCodeAt(0);
      out2[n++] = nfc2.charCodeAt(1);
    } else if (nfc2) return null;
    else out2[n++] = unit[x2];
    prev = -1;
  }
  return utf16.decode(out2.subarray(0, n));
}
function decode(b, override, normalize = true) {
  const bom = bomOf(b);
  const utf83 = !override && !bom && !sniffUtf16(b) ? tryUtf8(b) : null;
  const encoding = override ?? (utf83 !== null ? "utf-8" : detectEncoding(b));
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const body = b.subarray(skip);
  const nfc1258 = encoding === "windows-1258" ? decode1258Nfc(body) : null;
  if (nfc1258 !== null) return { text: nfc1258, encoding, bom: skip > 0, lossy: nfc1258.includes("\uFFFD") };
  const raw = utf83 ?? (encoding === "windows-1252" ? decode1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body));
  const unmarked = raw.replace(/^\uFEFF/, "");
  const text2 = normalize ? unmarked.normalize("NFC") : unmarked;
  return { text: text2, encoding, bom: skip > 0, lossy: text2.includes("\uFFFD") };
}

// src/ingest/limits.ts
var DEFAULT_LIMITS = {
  maxBytes: 200 * 1024 * 1024,
  maxColumns: 500,
  maxLineChars: 1e5,
  maxRows: 5e6,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxZipRatio: 200
};
var LimitError = class extends Error {
  constructor(code, params) {
    super(`${code}: ${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(", ")}`);
    this.code = code;
    this.params = params;
  }
  code;
  params;
};
function limitsOf(partial) {
  const out2 = { ...DEFAULT_LIMITS };
  if (partial) {
    for (const k of Object.keys(DEFAULT_LIMITS)) {
      const v = partial[k];
      if (typeof v === "number" && v > 0) out2[k] = v;
    }
  }
  return out2;
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
function checkSize(bytes, l) {
  if (bytes > l.maxBytes) throw new LimitError("too_large", { size: formatBytes(bytes), limit: formatBytes(l.maxBytes) });
}
function checkLines(text2, l) {
  let lines = 0;
  let start = 0;
  for (; ; ) {
    const nl = text2.indexOf("\n", start);
    const end = nl < 0 ? text2.length : nl;
    if (end - start > l.maxLineChars) {
      const longest = text2.slice(start, end).split("\r").reduce((m, s) => Math.max(m, s.length), 0);
      if (longest > l.maxLineChars) throw new LimitError("line_too_long", { row: lines + 1, length: longest, limit: l.maxLineChars });
    }
    lines++;
    if (lines > l.maxRows) throw new LimitError("too_many_rows", { limit: l.maxRows });
    if (nl < 0) return;
    start = nl + 1;
  }
}
function checkGrid(grid, l) {
  if (grid.length > l.maxRows) throw new LimitError("too_many_rows", { limit: l.maxRows });
  for (let r = 0; r < grid.length; r++) {
    const n = grid[r].length;
    if (n > l.maxColumns) throw new LimitError("too_many_columns", { row: r + 1, columns: n, limit: l.maxColumns });
  }
}
function checkColumns(n, l) {
  if (n > l.maxColumns) throw new LimitError("too_many_columns", { row: 1, columns: n, limit: l.maxColumns });
}
var u16 = (b, i2) => b[i2] | b[i2 + 1] << 8;
var u32 = (b, i2) => (b[i2] | b[i2 + 1] << 8 | b[i2 + 2] << 16) + b[i2 + 3] * 16777216;
function checkZip(b, l) {
  const declared = /* @__PURE__ */ new Map();
  let eocd = -1;
  for (let i2 = b.length - 22; i2 >= Math.max(0, b.length - 22 - 65535); i2--) {
    if (b[i2] === 80 && b[i2 + 1] === 75 && b[i2 + 2] === 5 && b[i2 + 3] === 6) {
      eocd = i2;
      break;
    }
  }
  if (eocd < 0) return declared;
  const entries = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  let total = 0;
  for (let n = 0; n < entries && p + 46 <= b.length; n++) {
    if (u32(b, p) !== 33639248) return declared;
    const packed = u32(b, p + 20);
    const size = u32(b, p + 24);
    if (size === 4294967295 || packed === 4294967295) throw new LimitError("zip_bomb", { size: "> 4 GB", limit: formatBytes(l.maxUnzippedBytes) });
    total += size;
    if (size > 1024 * 1024 && size / Math.max(packed, 1) > l.maxZipRatio) {
      throw new LimitError("zip_bomb", { size: formatBytes(size), limit: `\xD7${l.maxZipRatio}` });
    }
    if (total > l.maxUnzippedBytes) throw new LimitError("zip_bomb", { size: formatBytes(total), limit: formatBytes(l.maxUnzippedBytes) });
    const nameLength = u16(b, p + 28);
    const name = latin1(b.subarray(p + 46, p + 46 + nameLength));
    declared.set(name, { name, size, packed, method: u16(b, p + 10), offset: u32(b, p + 42) });
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return declared;
}
function latin1(b) {
  let s = "";
  for (let i2 = 0; i2 < b.length; i2++) s += String.fromCharCode(b[i2]);
  return s;
}

// src/ingest/json.ts
var own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function toCell(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return nfc(v);
  if (typeof v === "boolean") return String(v);
  return nfc(JSON.stringify(v));
}
function nfc(s) {
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c < 768 || c >= 7680 && c <= 7935) continue;
    return s.normalize("NFC");
  }
  return s;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jsonList(text2, limits = DEFAULT_LIMITS) {
  const root = JSON.parse(text2);
  const meta = /* @__PURE__ */ new Map();
  let list;
  if (Array.isArray(root)) list = root;
  else if (isRecord(root) && own(root, "records") && Array.isArray(root.records)) {
    list = root.records;
    const m = own(root, "meta") ? root.meta : null;
    if (isRecord(m)) for (const k of Object.keys(m)) {
      const c = toCell(m[k]);
      if (c !== null) meta.set(nfc(k), String(c));
    }
  } else if (isRecord(root) && own(root, "data") && Array.isArray(root.data)) list = root.data;
  else if (isRecord(root) && own(root, "dataValues") && Array.isArray(root.dataValues)) list = root.dataValues;
  else throw new Error("JSON must be an array of records, {data: [...]}, {meta, records} or {dataValues: [...]}");
  const items = list;
  if (items.every(Array.isArray)) return { items, keys: null, meta };
  const keys = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of items) {
    if (!isRecord(r)) continue;
    let j = 0;
    for (const k in r) {
      if (!own(r, k)) continue;
      if (keys[j] === k) {
        j++;
        continue;
      }
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
      j = keys.length;
    }
  }
  checkColumns(keys.length, limits);
  return { items, keys, meta };
}
function jsonRow(list, i2) {
  const { items, keys } = list;
  if (!keys) return items[i2].map(toCell);
  if (i2 === 0) return keys.map(nfc);
  const r = items[i2 - 1];
  return isRecord(r) ? keys.map((k) => own(r, k) ? toCell(r[k]) : null) : keys.map(() => null);
}
var jsonRows = (list) => list.items.length + (list.keys ? 1 : 0);
function jsonToSheet(text2, limits = DEFAULT_LIMITS) {
  const list = jsonList(text2, limits);
  const n = jsonRows(list);
  const grid = new Array(n);
  for (let i2 = 0; i2 < n; i2++) grid[i2] = jsonRow(list, i2);
  return { grid, meta: list.meta };
}

// src/ingest/xlsxScan.ts
var CHUNK = 1 << 16;
var EMPTY = new Uint8Array(0);
var SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
var ROW = /<(?:[A-Za-z0-9]{1,16}:)?row[\s>/]/g;
var latin12 = new TextDecoder("latin1");
var RowCounter = class {
  rows = 0;
  tail = "";
  push(chunk, final) {
    const text2 = this.tail + latin12.decode(chunk);
    const stop = final ? text2.length : Math.max(0, text2.length - 24);
    ROW.lastIndex = 0;
    for (let m = ROW.exec(text2); m && m.index < stop; m = ROW.exec(text2)) this.rows++;
    this.tail = final ? "" : text2.slice(stop);
    return this.rows;
  }
};
var Meter = class {
  constructor(l) {
    this.l = l;
  }
  l;
  total = 0;
  fail = null;
  part(name, declared) {
    const rows2 = SHEET.test(name) && !(declared !== void 0 && declared / 5 <= this.l.maxRows) ? new RowCounter() : null;
    let size = 0;
    return (chunk, final) => {
      size += chunk.length;
      this.total += chunk.length;
      if (declared !== void 0 && size > declared) {
        this.fail = new LimitError("zip_bomb", { size: `> ${formatBytes(declared)}`, limit: formatBytes(declared) });
      } else if (this.total > this.l.maxUnzippedBytes) {
        this.fail = new LimitError("zip_bomb", { size: `> ${formatBytes(this.l.maxUnzippedBytes)}`, limit: formatBytes(this.l.maxUnzippedBytes) });
      } else if (rows2 && rows2.push(chunk, final) > this.l.maxRows) {
        this.fail = new LimitError("too_many_rows", { limit: this.l.maxRows });
      }
      return !this.fail;
    };
  }
};
var KEEP = 64 * 1024 * 1024;
var isXml = (name) => name.endsWith(".xml") || name.endsWith(".xml.rels");
async function scanXlsx(bytes, entries, l) {
  const meter = new Meter(l);
  const native = typeof DecompressionStream === "function" && entries.size > 0;
  const parts = native ? await scanNative(bytes, entries, meter) : (await scanFflate(bytes, entries, meter), null);
  if (meter.fail) throw meter.fail;
  return parts;
}
async function scanNative(bytes, entries, meter) {
  const parts = /* @__PURE__ */ new Map();
  let kept = 0;
  let clean2 = true;
  for (const e of entries.values()) {
    const at = e.offset;
    if (at + 30 > bytes.length || bytes[at] !== 80 || bytes[at + 1] !== 75) return null;
    const start = at + 30 + (bytes[at + 26] | bytes[at + 27] << 8) + (bytes[at + 28] | bytes[at + 29] << 8);
    if (start + e.packed > bytes.length) clean2 = false;
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.packed));
    const take = meter.part(e.name, e.size);
    const keep = isXml(e.name) && kept + e.size <= KEEP;
    if (e.method === 0) {
      if (!take(data, true)) return null;
      if (keep) {
        parts.set(e.name, data);
        kept += data.length;
      }
      continue;
    }
    if (e.method !== 8) {
      clean2 = false;
      continue;
    }
    const out2 = keep ? new Uint8Array(e.size) : EMPTY;
    let size = 0;
    const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    try {
      for (; ; ) {
        const { done, value } = await reader.read();
        if (done) {
          take(new Uint8Array(0), true);
          break;
        }
        if (!take(value, false)) {
          await reader.cancel();
          return null;
        }
        if (keep) {
          out2.set(value, size);
          size += value.length;
        }
      }
    } catch {
      return null;
    }
    if (keep) {
      parts.set(e.name, out2.subarray(0, size));
      kept += e.size;
    }
  }
  return clean2 ? parts : null;
}
async function scanFflate(bytes, entries, meter) {
  const { Unzip: Unzip2, UnzipInflate: UnzipInflate2 } = await Promise.resolve().then(() => (init_esm(), esm_exports));
  let broken = false;
  const uz = new Unzip2((file) => {
    const take = meter.part(file.name, entries.get(file.name)?.size ?? file.originalSize);
    file.ondata = (err2, chunk, final) => {
      if (meter.fail || broken) return;
      if (err2) {
        broken = true;
        return;
      }
      if (!take(chunk, final)) file.terminate();
    };
    try {
      file.start();
    } catch {
      broken = true;
    }
  });
  uz.register(UnzipInflate2);
  for (let i2 = 0; i2 < bytes.length && !meter.fail && !broken; i2 += CHUNK) {
    uz.push(bytes.subarray(i2, i2 + CHUNK), i2 + CHUNK >= bytes.length);
    if (i2 / CHUNK % 64 === 63) await new Promise((r) => setTimeout(r, 0));
  }
}

// src/ingest/xlsxXml.ts
var END = 0;
var OPEN = 1;
var CLOSE = 2;
var TEXT = 3;
var BAIL = -1;
var REF = /&#(\d+);|&#x([0-9a-f]+);|&(\w+);/gi;
var NAMED = { amp: "&", apos: "'", gt: ">", lt: "<", quot: '"', AMP: "&", APOS: "'", GT: ">", LT: "<", QUOT: '"' };
var ref = (m, d2, x2, z) => {
  if (z) return Object.hasOwn(NAMED, z) ? NAMED[z] : m;
  return String.fromCharCode(d2 ? Number(d2) : parseInt(x2, 16));
};
function decodeRefs(s) {
  return s.includes("&") ? s.replace(REF, ref) : s;
}
function unescapeX(s) {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16))) : s;
}
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function find(s, byte, from) {
  for (let i2 = from; i2 < s.length; i2++) if (s[i2] === byte) return i2;
  return -1;
}
var isSpace = (c) => c === 32 || c > 8 && c < 14;
var nameStart = (c) => c > 96 && c < 123 || c > 64 && c < 91 || c === 95 || c === 58;
var nameChar = (c) => nameStart(c) || c > 47 && c < 58 || c === 45 || c === 46;
var XmlReader = class {
  constructor(s) {
    this.s = s;
  }
  s;
  /** The element's local name (after the first ':'), of the last OPEN or CLOSE. */
  ls = 0;
  le = 0;
  /** The text of the last TEXT, raw. */
  ts = 0;
  te = 0;
  /** Attributes of the last OPEN: local name start/end, value start/end, four numbers each (`na` of them). */
  at = new Int32Array(64);
  na = 0;
  i = 0;
  a0 = 0;
  a1 = 0;
  parsed = false;
  closeNext = false;
  stack = new Int32Array(64);
  depth = 0;
  root = false;
  next() {
    const s = this.s;
    if (this.closeNext) {
      this.closeNext = false;
      return CLOSE;
    }
    for (; ; ) {
      const i2 = this.i;
      if (i2 >= s.length) return this.depth || !this.root ? BAIL : END;
      if (s[i2] !== 60) {
        const lt = find(s, 60, i2);
        const stop = lt < 0 ? s.length : lt;
        this.i = stop;
        if (this.depth) {
          if (lt < 0) return BAIL;
          this.ts = i2;
          this.te = stop;
          return TEXT;
        }
        continue;
      }
      const c1 = s[i2 + 1];
      if (c1 === 63) {
        let q2 = s.indexOf(62, i2 + 2);
        while (q2 >= 0 && s[q2 - 1] !== 63) q2 = s.indexOf(62, q2 + 1);
        if (q2 < 0 || this.depth) return BAIL;
        this.i = q2 + 1;
        continue;
      }
      if (c1 === 33) return BAIL;
      let j = i2 + 1;
      for (; ; j++) {
        if (j >= s.length) return BAIL;
        const c = s[j];
        if (c === 34 || c === 39) {
          const q2 = find(s, c, j + 1);
          if (q2 < 0) return BAIL;
          j = q2;
        } else if (c === 62) break;
      }
      this.i = j + 1;
      if (c1 === 47) {
        const n = this.depth;
        if (!n) return BAIL;
        const ns = this.stack[n - 2];
        const len = this.stack[n - 1] - ns;
        this.depth = n - 2;
        if (!this.same(ns, i2 + 2, len)) return BAIL;
        for (let q2 = i2 + 2 + len; q2 < j; q2++) if (!isSpace(s[q2])) return BAIL;
        this.local(i2 + 2, i2 + 2 + len);
        return CLOSE;
      }
      const selfClosing = s[j - 1] === 47;
      const end = selfClosing ? j - 1 : j;
      if (!nameStart(c1)) return BAIL;
      let q = i2 + 2;
      while (q < end && nameChar(s[q])) q++;
      if (q < end && !isSpace(s[q])) return BAIL;
      this.local(i2 + 1, q);
      this.a0 = q;
      this.a1 = end;
      this.parsed = false;
      this.root = true;
      if (selfClosing) this.closeNext = true;
      else {
        if (this.depth === this.stack.length) {
          const grown = new Int32Array(this.depth * 2);
          grown.set(this.stack);
          this.stack = grown;
        }
        this.stack[this.depth++] = i2 + 1;
        this.stack[this.depth++] = q;
      }
      return OPEN;
    }
  }
  same(a, b, len) {
    const s = this.s;
    for (let k = 0; k < len; k++) if (s[a + k] !== s[b + k]) return false;
    return true;
  }
  local(from, to) {
    this.ls = this.after(from, to);
    this.le = to;
  }
  /** Start of the local name in [from, to): after the first ':', if any. */
  after(from, to) {
    for (let k = from; k < to; k++) if (this.s[k] === 58) return k + 1;
    return from;
  }
  /**
   * Right after the OPEN of an element with an end tag: when the bytes that follow are exactly
   * `<x>text</x></name>` (x the one-letter child asked for, text without '<', maybe empty), takes
   * them as the four tokens they are (TEXT's range set, the element closed) and returns true;
   * else moves nothing. A cell's `<v>` and a shared string's `<t>` are read in one step.
   */
  oneChild(x2) {
    const s = this.s;
    const p = this.i;
    if (this.closeNext || s[p] !== 60 || s[p + 1] !== x2 || s[p + 2] !== 62) return false;
    const lt = find(s, 60, p + 3);
    if (lt < 0 || s[lt + 1] !== 47 || s[lt + 2] !== x2 || s[lt + 3] !== 62 || s[lt + 4] !== 60 || s[lt + 5] !== 47) return false;
    const n = this.depth;
    const ns = this.stack[n - 2];
    const len = this.stack[n - 1] - ns;
    if (!this.same(ns, lt + 6, len) || s[lt + 6 + len] !== 62) return false;
    this.ts = p + 3;
    this.te = lt;
    this.depth = n - 2;
    this.i = lt + 7 + len;
    return true;
  }
  /** Whether the bytes at `at` spell the ASCII `name`. */
  spells(at, name) {
    const s = this.s;
    for (let k = 0; k < name.length; k++) if (s[at + k] !== name.charCodeAt(k)) return false;
    return true;
  }
  /** Whether the last element's local name is `name`. */
  is(name) {
    return this.le - this.ls === name.length && this.spells(this.ls, name);
  }
  /** Decoded text of bytes [a, b). */
  decode(a, b) {
    return decodeRefs(utf8.decode(this.s.subarray(a, b)));
  }
  /** Decoded text of the last TEXT. */
  text() {
    return this.decode(this.ts, this.te);
  }
  /** Parses the attributes of the last OPEN; false when one is malformed or a local name repeats. */
  attrs() {
    if (this.parsed) return true;
    const s = this.s;
    let at = this.at;
    this.na = 0;
    let i2 = this.a0;
    const end = this.a1;
    while (i2 < end) {
      const c = s[i2];
      if (isSpace(c)) {
        i2++;
        continue;
      }
      if (!nameStart(c)) return false;
      const n0 = i2;
      while (i2 < end && nameChar(s[i2])) i2++;
      if (s[i2] !== 61) return false;
      const quote = s[i2 + 1];
      if (quote !== 34 && quote !== 39) return false;
      const v1 = find(s, quote, i2 + 2);
      if (v1 < 0 || v1 >= end) return false;
      if (v1 + 1 < end && !isSpace(s[v1 + 1])) return false;
      const l0 = this.after(n0, i2);
      if (!(l0 !== n0 && i2 - n0 > 6 && this.spells(n0, "xmlns:"))) {
        for (let k2 = 0; k2 < this.na * 4; k2 += 4) {
          if (at[k2 + 1] - at[k2] === i2 - l0 && this.same(l0, at[k2], i2 - l0)) return false;
        }
      }
      if (this.na * 4 === at.length) {
        const grown = new Int32Array(at.length * 2);
        grown.set(at);
        this.at = at = grown;
      }
      const k = this.na++ * 4;
      at[k] = l0;
      at[k + 1] = i2;
      at[k + 2] = i2 + 2;
      at[k + 3] = v1;
      i2 = v1 + 1;
    }
    this.parsed = true;
    return true;
  }
  /** Index into `at` of the attribute with local name `name`, or -1 (after `attrs()`). */
  find(name) {
    const at = this.at;
    for (let k = 0; k < this.na * 4; k += 4) if (at[k + 1] - at[k] === name.length && this.spells(at[k], name)) return k;
    return -1;
  }
  /** The decoded value of an attribute (after `attrs()`), or undefined. */
  get(name) {
    const k = this.find(name);
    return k < 0 ? void 0 : this.decode(this.at[k + 2], this.at[k + 3]);
  }
};

// src/ingest/xlsxSheet.ts
var SheetBail = class extends Error {
};
var bail = () => {
  throw new SheetBail("xlsx sheet: left to read-excel-file");
};
var N = 0;
var S = 1;
var STR = 2;
var INLINE = 3;
var B = 4;
var E = 5;
function readSheet(xml, shared, plain) {
  const r = new XmlReader(xml);
  const s = xml;
  const sharedCells = new Array(shared.length);
  const rows2 = [];
  let inData = false;
  let row = null;
  let rowNumber = 0;
  let curRow = 0, curCol = 0, rowCount = 0, colCount = 0, dataRows = 0, dataCols = 0;
  let inCell = false, inV = false, inIs = false, inT = false, inRun = false, inPh = false;
  let cRow = 0, cCol = 0, cType = N, cStyle = -1;
  let vA = 0, vB = 0, vOpened = false;
  let vStr;
  let inline;
  let fused = false;
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail();
    if (k === TEXT) {
      if (!inCell) continue;
      if (inV) {
        vA = r.ts;
        vB = r.te;
      } else if (inIs && !inPh && inT) inline = inRun ? inline + r.text() : r.text();
      continue;
    }
    const len = r.le - r.ls;
    const c0 = s[r.ls];
    if (k === OPEN) {
      if (len > 2 && r.is("dimension")) dimension(r.attrs() ? r.get("ref") : bail());
      else if (len > 2 && r.is("sheetData")) {
        if (inData) bail();
        inData = true;
      } else if (!inData) continue;
      else if (len === 3 && r.is("row")) {
        if (!r.attrs()) bail();
        const at = r.find("r");
        if (at >= 0 && r.at[at + 2] !== r.at[at + 3]) rowNumber = positive(s, r.at[at + 2], r.at[at + 3]);
        row = [];
      } else if (len === 1 && c0 === 99) {
        if (!r.attrs()) bail();
        const at = r.find("r");
        if (at < 0) bail();
        address(s, r.at[at + 2], r.at[at + 3]);
        cRow = addrRow;
        cCol = addrCol;
        const t = r.find("t");
        cType = t < 0 ? N : typeOf(s, r.at[t + 2], r.at[t + 3]);
        const st = r.find("s");
        cStyle = st < 0 || r.at[st + 2] === r.at[st + 3] ? -1 : positive(s, r.at[st + 2], r.at[st + 3], true);
        inCell = true;
        inV = inIs = inT = inRun = inPh = false;
        vA = vB = 0;
        vOpened = false;
        vStr = inline = void 0;
        if (r.oneChild(118)) {
          vA = r.ts;
          vB = r.te;
          if (cType === STR) vStr = unescapeX(r.decode(vA, vB));
          fused = true;
        }
      } else if (inCell) {
        if (len === 1 && c0 === 118) {
          if (vOpened) bail();
          inV = vOpened = true;
        } else if (r.is("is")) {
          inIs = true;
          inline = "";
        } else if (len === 1 && c0 === 116) inT = true;
        else if (len === 1 && c0 === 114) inRun = true;
        else if (r.is("rPh")) inPh = true;
      }
      if (!fused) continue;
      fused = false;
    }
    if (!inData) continue;
    if (len === 1 && c0 === 99) {
      if (!inCell) bail();
      const value = cType === N ? vB > vA ? numberCell(r, vA, vB, cStyle, plain) : null : cType === S ? vB > vA ? sharedCell(r, vA, vB, shared, sharedCells) : null : cType === STR ? text(vStr) : cType === INLINE ? text(inline) : cType === B ? vB > vA ? bool(r.decode(vA, vB)) : null : null;
      if (cRow < curRow || cRow === curRow && cCol <= curCol) bail();
      curRow = cRow;
      curCol = cCol;
      if (!rowNumber) rowNumber = cRow;
      if (value !== null) {
        if (!row) bail();
        while (cCol > row.length + 1) row.push(null);
        row.push(value);
        if (cCol > dataCols) dataCols = cCol;
      }
      if (cCol > colCount) colCount = cCol;
      inCell = false;
    } else if (len === 3 && r.is("row")) {
      if (!row) bail();
      if (rowNumber) {
        if (rowNumber <= rows2.length) bail();
        while (rowNumber > rows2.length + 1) rows2.push([]);
      }
      rows2.push(row);
      if (row.length > 0) dataRows = rowNumber;
      if (rowNumber > rowCount) rowCount = rowNumber;
      row = null;
      rowNumber = 0;
    } else if (inCell) {
      if (len === 1 && c0 === 118) {
        inV = false;
        if (cType === STR) vStr = unescapeX(r.decode(vA, vB));
      } else if (r.is("is")) {
        inIs = false;
        inline = unescapeX(inline);
      } else if (len === 1 && c0 === 116) inT = false;
      else if (len === 1 && c0 === 114) inRun = false;
      else if (r.is("rPh")) inPh = false;
    }
  }
  if (!inData) bail();
  const out2 = dataRows < rowCount ? rows2.slice(0, dataRows) : rows2;
  for (let i2 = 0; i2 < out2.length; i2++) {
    let line = out2[i2];
    if (line.length > dataCols) line = out2[i2] = line.slice(0, dataCols);
    while (line.length < dataCols) line.push(null);
  }
  return out2;
}
function text(x2) {
  if (!x2) return null;
  const t = x2.trim();
  return t === "" ? null : t.normalize("NFC");
}
var bool = (v) => v === "1" ? "true" : v === "0" ? "false" : bail();
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
function decimal(s, a, b) {
  let i2 = a;
  const neg = s[i2] === 45;
  if (neg) i2++;
  let m = 0, digits = 0, frac = 0, dot = false;
  for (; i2 < b; i2++) {
    const c = s[i2];
    if (c >= 48 && c <= 57) {
      m = m * 10 + c - 48;
      digits++;
      if (dot) frac++;
    } else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const x2 = frac ? m / POW10[frac] : m;
  return neg ? -x2 : x2;
}
function numberCell(r, a, b, style, plain) {
  if (style >= 0 && (!plain || plain[style] !== 1)) bail();
  let n = decimal(r.s, a, b);
  if (n !== n) n = Number(r.decode(a, b));
  if (n !== n) bail();
  return Number.isFinite(n) ? n : null;
}
function sharedCell(r, a, b, shared, cells) {
  let i2 = b - a <= 9 ? decimal(r.s, a, b) : NaN;
  if (i2 !== i2 || r.s[a] === 45 || !Number.isInteger(i2)) i2 = Number(r.decode(a, b));
  const got = cells[i2];
  if (got !== void 0) return got;
  const str = shared[i2];
  if (str === void 0) return bail();
  return cells[i2] = text(str);
}
function typeOf(s, a, b) {
  const len = b - a;
  if (len === 0) return N;
  if (len === 1) {
    const c = s[a];
    if (c === 115) return S;
    if (c === 110) return N;
    if (c === 98) return B;
    if (c === 101) return E;
  } else if (len === 3 && spells(s, a, "str")) return STR;
  else if (len === 9 && spells(s, a, "inlineStr")) return INLINE;
  return bail();
}
function spells(s, at, name) {
  for (let k = 0; k < name.length; k++) if (s[at + k] !== name.charCodeAt(k)) return false;
  return true;
}
function positive(s, a, b, zero = false) {
  if (a === b || b - a > 9) return bail();
  let n = 0;
  for (let i2 = a; i2 < b; i2++) {
    const c = s[i2] - 48;
    if (c < 0 || c > 9 || i2 === a && c === 0 && (b - a > 1 || !zero)) return bail();
    n = n * 10 + c;
  }
  return n;
}
var addrRow = 0;
var addrCol = 0;
function address(s, a, b) {
  let col = 0;
  let i2 = a;
  for (; i2 < b; i2++) {
    const c = s[i2];
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i2 === a || col > 16384) bail();
  addrRow = positive(s, i2, b);
  addrCol = col;
}
function dimension(ref2) {
  if (ref2 === void 0) bail();
  for (const part of ref2.split(":")) {
    const d2 = part.search(/[0-9]/);
    if (d2 < 0 || Number.isNaN(Number(part.slice(d2)))) bail();
  }
}

// src/ingest/xlsxRead.ts
var Bail = class extends Error {
};
var bail2 = () => {
  throw new Bail("xlsx: left to read-excel-file");
};
var utf82 = new TextDecoder("utf-8", { ignoreBOM: true });
async function inflate2(bytes, e) {
  const at = e.offset;
  if (at + 30 > bytes.length || bytes[at] !== 80 || bytes[at + 1] !== 75 || bytes[at + 2] !== 3 || bytes[at + 3] !== 4) return bail2();
  const start = at + 30 + (bytes[at + 26] | bytes[at + 27] << 8) + (bytes[at + 28] | bytes[at + 29] << 8);
  if (start + e.packed > bytes.length) return bail2();
  const data = bytes.subarray(start, start + e.packed);
  if (e.method === 0) return data;
  if (e.method !== 8 || typeof DecompressionStream !== "function") return bail2();
  try {
    return new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).arrayBuffer());
  } catch {
    return bail2();
  }
}
async function readBook(bytes, entries, inflated = /* @__PURE__ */ new Map()) {
  const part = async (name) => {
    const e = entries.get(name);
    if (!e || !(name.endsWith(".xml") || name.endsWith(".xml.rels"))) return void 0;
    return inflated.get(name) ?? await inflate2(bytes, e);
  };
  try {
    const relsXml = await part("xl/_rels/workbook.xml.rels");
    const bookXml = await part("xl/workbook.xml");
    if (relsXml === void 0 || bookXml === void 0) return null;
    const paths = readRels(relsXml);
    const sheets = readSheetList(bookXml);
    const sst = await part(paths.sharedStrings ?? "xl/sharedStrings.xml");
    const shared = sst === void 0 ? [] : readShared(sst);
    const st = await part(paths.styles ?? "xl/styles.xml");
    const plain = st === void 0 ? null : readStyles(st);
    const seen = /* @__PURE__ */ new Set();
    const grids = [];
    for (const s of sheets) {
      const path = paths.sheets.get(s.rel);
      if (path === void 0 || seen.has(path) || seen.has(`#${s.rel}`)) return null;
      seen.add(path).add(`#${s.rel}`);
      const xml = await part(path);
      if (xml === void 0) return null;
      grids.push(readSheet(xml, shared, plain));
    }
    return { sheets: sheets.map((s) => s.name), grids };
  } catch {
    return null;
  }
}
function walk(xml, open) {
  const r = new XmlReader(xml);
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail2();
    if (k === OPEN) open(r);
  }
}
var attrs = (r) => {
  if (!r.attrs()) bail2();
  return r;
};
var REL = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/"];
function readRels(xml) {
  const out2 = { sheets: /* @__PURE__ */ new Map(), sharedStrings: void 0, styles: void 0 };
  walk(xml, (r) => {
    if (!r.is("Relationship")) return;
    attrs(r);
    const type = r.get("Type");
    const base = REL.find((b) => type?.startsWith(b));
    const kind = base ? type.slice(base.length) : "";
    if (kind !== "styles" && kind !== "sharedStrings" && kind !== "worksheet") return;
    const target = r.get("Target");
    if (target === void 0) bail2();
    const path = target[0] === "/" ? target.slice(1) : `xl/${target}`;
    if (kind === "worksheet") {
      const id = r.get("Id");
      if (id === void 0) bail2();
      out2.sheets.set(id, path);
    } else out2[kind] = path;
  });
  return out2;
}
function readSheetList(xml) {
  const out2 = [];
  walk(xml, (r) => {
    if (!r.is("sheet")) return;
    attrs(r);
    const name = r.get("name");
    if (!name) return;
    const rel = r.get("id");
    if (rel === void 0 || out2.some((s) => s.rel === rel)) bail2();
    out2.push({ name: unescapeX(name), rel });
  });
  return out2;
}
function readShared(xml) {
  if (xml.includes(0)) bail2();
  const r = new XmlReader(xml);
  let steps = new Int32Array(3 * 4096);
  let n = 0;
  const step = (a, b, op) => {
    if (n === steps.length) {
      const grown = new Int32Array(n * 2);
      grown.set(steps);
      steps = grown;
    }
    steps[n] = a;
    steps[n + 1] = b;
    steps[n + 2] = op;
    n += 3;
  };
  let si = false, t = false, run = false, ph = false;
  let bytes = 0;
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail2();
    if (k === OPEN) {
      if (r.is("si")) {
        step(0, 0, 3);
        if (r.oneChild(116)) {
          step(r.ts, r.te, 0);
          step(0, 0, 2);
          bytes += r.te - r.ts;
          si = false;
          continue;
        }
        si = true;
        t = run = ph = false;
      } else if (si) {
        if (r.is("t")) t = true;
        else if (r.is("r")) run = true;
        else if (r.is("rPh")) ph = true;
      }
    } else if (k === CLOSE) {
      if (r.is("si")) {
        if (!si) bail2();
        step(0, 0, 2);
        si = false;
      } else if (si) {
        if (r.is("t")) t = false;
        else if (r.is("r")) run = false;
        else if (r.is("rPh")) ph = false;
      }
    } else if (k === TEXT && si && !ph && t) {
      step(r.ts, r.te, run ? 1 : 0);
      bytes += r.te - r.ts;
    }
  }
  const joined = new Uint8Array(bytes + n / 3);
  let at = 0;
  for (let i2 = 0; i2 < n; i2 += 3) {
    for (let j = steps[i2], end = steps[i2 + 1]; j < end; j++) joined[at++] = xml[j];
    at++;
  }
  const texts = utf82.decode(joined).split("\0");
  const out2 = [];
  let text2 = "";
  for (let i2 = 0; i2 < n; i2 += 3) {
    const o = steps[i2 + 2];
    if (o === 3) text2 = "";
    else if (o === 2) out2.push(unescapeX(text2));
    else {
      const piece = texts[i2 / 3];
      const decoded = piece.includes("&") ? decodeRefs(piece) : piece;
      text2 = o === 1 ? text2 + decoded : decoded;
    }
  }
  return out2;
}
function readStyles(xml) {
  const formats = /* @__PURE__ */ new Map();
  const base = [];
  const cells = [];
  let inBase = false, inCells = false;
  const r = new XmlReader(xml);
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail2();
    if (k === CLOSE) {
      if (r.is("cellStyleXfs")) inBase = false;
      else if (r.is("cellXfs")) inCells = false;
      continue;
    }
    if (k !== OPEN) continue;
    if (r.is("numFmt")) {
      const id = Number(attrs(r).get("numFmtId"));
      formats.set(id, id >= 100 ? r.get("formatCode") : void 0);
    } else if (r.is("cellStyleXfs")) inBase = true;
    else if (r.is("cellXfs")) inCells = true;
    else if (r.is("xf") && (inBase || inCells)) {
      const own2 = attrs(r).get("numFmtId");
      const fmt = own2 ? Number(own2) : void 0;
      if (inBase) base.push(fmt);
      else {
        const xf = r.get("xfId");
        cells.push({ fmt, xf: xf ? Number(xf) : 0 });
      }
    }
  }
  return Uint8Array.from(cells, (c) => {
    const own2 = c.fmt !== void 0;
    const id = own2 ? c.fmt : c.xf ? base[c.xf] : void 0;
    if (id === void 0) return 1;
    const template2 = own2 ? formats.get(id) : void 0;
    if (BUILTIN_DATES.has(id)) return 0;
    if (!template2) return 1;
    const date = isDateTemplate(template2);
    return date === false ? 1 : 0;
  });
}
var BUILTIN_DATES = /* @__PURE__ */ new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);
var DATE_TOKENS = /* @__PURE__ */ new Set(["s", "ss", "m", "mm", "h", "hh", "am", "pm", "a", "p", "d", "dd", "ddd", "dddd", "aaa", "aaaa", "aaaaa", "mmm", "mmmm", "mmmmm", "y", "yy", "yyyy", "e", "ee", "eeee"]);
function isDateTemplate(template2) {
  const t = template2.toLowerCase().replace(/;@$/, "").replace(/\\./g, " ");
  return t.split(";").some((section) => {
    const s = section.replace(/"[^"]*"/g, " ").replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, "$1").replace(/\[([smhd]{1,2})\]/g, "$1").replace(/\[[^\]]*\]/g, "");
    const tokens = s.split(/[^a-z0#?%]+/).filter(Boolean);
    return tokens.length > 0 && tokens.every((k) => DATE_TOKENS.has(k));
  });
}

// src/ingest/xlsx.ts
function isZip(b) {
  return b.length > 4 && b[0] === 80 && b[1] === 75 && b[2] === 3 && b[3] === 4;
}
function toCell2(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v.normalize("NFC");
  if (v instanceof Date) return String(v.getUTCFullYear());
  return String(v);
}
async function readXlsx(bytes, sheet, limits = DEFAULT_LIMITS) {
  const entries = checkZip(bytes, limits);
  const parts = await scanXlsx(bytes, entries, limits);
  const book = (parts ? await readBook(bytes, entries, parts) : null) ?? await readReference(bytes);
  const at = typeof sheet === "number" ? sheet - 1 : typeof sheet === "string" ? book.sheets.indexOf(sheet) : 0;
  const grid = book.grids[at];
  if (!grid) throw new Error(`Sheet not found: ${String(sheet)}`);
  return { sheets: book.sheets, sheet: book.sheets[at], grid };
}
async function readReference(bytes) {
  const { default: readXlsxFile } = await import("read-excel-file/universal");
  const all = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { sheets: all.map((s) => s.sheet), grids: all.map((s) => s.data.map((row) => row.map(toCell2))) };
}

// src/ingest/sheet.ts
function formatOf(bytes, file, text2) {
  if (isZip(bytes)) return "xlsx";
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === "json") return "json";
  if (text2 !== null && /^\s*[[{]/.test(text2.slice(0, 200)) && /[\]}]\s*$/.test(text2.slice(-200))) return "json";
  return ext === "tsv" ? "tsv" : "csv";
}
var books = /* @__PURE__ */ new WeakMap();
function readBook2(bytes, o) {
  const key = JSON.stringify([o.sheet ?? null, limitsOf(o.limits)]);
  let byKey = books.get(bytes);
  if (!byKey) books.set(bytes, byKey = /* @__PURE__ */ new Map());
  let hit = byKey.get(key);
  if (!hit) {
    hit = readXlsx(bytes, o.sheet, limitsOf(o.limits)).then((book) => ({
      format: "xlsx",
      encoding: null,
      delimiter: null,
      sheets: book.sheets,
      sheet: book.sheet,
      grid: book.grid,
      meta: /* @__PURE__ */ new Map(),
      lossy: false
    }));
    byKey.set(key, hit);
  }
  return hit;
}
async function readSheet2(bytes, file, o = {}) {
  if (o.format === "xlsx" || !o.format && isZip(bytes)) return readBook2(bytes, o);
  const d2 = decode(bytes, o.encoding, !(o.format === "json" || !o.format && /\.json$/i.test(file)));
  const format = o.format ?? formatOf(bytes, file, d2.text);
  const base = { encoding: d2.encoding, sheets: [], sheet: null, lossy: d2.lossy };
  if (format === "json") {
    const { grid, meta } = jsonToSheet(d2.text, limitsOf(o.limits));
    return { ...base, format, delimiter: null, grid, meta };
  }
  checkLines(d2.text, limitsOf(o.limits));
  const delimiter = o.delimiter ?? detectDelimiter(d2.text);
  return { ...base, format: delimiter === "	" ? "tsv" : format, delimiter, grid: parseRows(d2.text, delimiter), meta: /* @__PURE__ */ new Map() };
}

// src/ingest/grid.ts
function cellText(c) {
  return c === null || c === void 0 ? "" : typeof c === "number" ? String(c) : c;
}
function filled(c) {
  return typeof c === "number" || typeof c === "string" && c.trim() !== "";
}
function isBlankRow(r) {
  for (let i2 = 0; i2 < r.length; i2++) if (filled(r[i2])) return false;
  return true;
}

// src/ingest/households/synonyms.ts
var HOUSEHOLD_SYNONYMS = {
  ethnic_minority_households: ["so ho dan toc thieu so", "ho dan toc thieu so", "ho dtts", "ethnic minority households", "ethnic_minority_households"],
  ethnic_minority_rate: ["ty le ho dan toc thieu so", "ethnic minority rate", "ethnic_minority_rate"],
  ...Object.fromEntries(DEPRIVATIONS_2022.map((x2) => [x2.id, [x2.id, `ho ngheo thieu hut ${x2.headers[0]}`]]))
};

// src/ingest/synonyms.ts
var FIELD_SYNONYMS = {
  unit_code: ["ma don vi", "ma dvhc", "ma dia ban", "ma huyen", "ma xa", "ma tinh", "ma", "unit code", "unit_code", "code", "admin code"],
  unit_name: [
    "don vi",
    "don vi hanh chinh",
    "dia ban",
    "dia phuong",
    "ten don vi",
    "ten dia ban",
    "huyen",
    "xa",
    "tinh",
    "ten huyen",
    "ten xa",
    "ten tinh",
    "huyen thi xa thanh pho",
    "huyen thi xa",
    "xa phuong thi tran",
    "xa phuong",
    "tinh thanh pho",
    "unit",
    "unit name",
    "unit_name",
    "name",
    "district",
    "commune",
    "province",
    "area",
    "locality"
  ],
  year: ["nam", "nam bao cao", "year", "ky bao cao"],
  indicator: ["chi tieu", "chi so", "ten chi tieu", "indicator", "indicator name", "measure"],
  value: ["gia tri", "so lieu", "value", "amount"],
  parent: ["cap tren", "don vi cap tren", "parent", "parent code", "parent name", "truc thuoc"],
  measure: ["don vi tinh", "dvt", "unit of measure", "uom"],
  ignore: ["stt", "tt", "so tt", "no", "#", "ghi chu", "note", "notes", "nguon", "source", "status"]
};
var HEADER_TOKENS = {
  code: ["code", "id", "ma", "ma so", "uid", "pcode", "iso", "geocode", "so hieu"],
  name: ["name", "ten", "label"],
  place: [
    "area",
    "region",
    "location",
    "district",
    "commune",
    "ward",
    "province",
    "org unit",
    "organisation unit",
    "organization unit",
    "orgunit",
    "admin",
    "adm",
    "geo",
    "don vi",
    "dia ban",
    "dia phuong",
    "huyen",
    "xa",
    "phuong",
    "tinh",
    "unit",
    "entity",
    "country",
    "locality",
    "place"
  ],
  parent: ["parent", "cap tren", "truc thuoc"],
  year: ["year", "nam", "period", "time", "ky", "nam bao cao", "ky bao cao"],
  indicator: ["indicator", "chi tieu", "chi so", "data", "data element", "dataelement", "variable", "series", "metric"],
  value: ["value", "gia tri", "so lieu", "amount", "obs value"]
};
var LOOSE_YEAR_TOKENS = ["period", "time", "ky", "ky bao cao"];
var BARE_RATE_HEADERS = ["ty le", "ti le", "rate", "percent", "share", "pct"];
var MEASURE_VALUES = [
  "ho",
  "ho gia dinh",
  "nguoi",
  "nhan khau",
  "khau",
  "%",
  "phan tram",
  "percent",
  "pp",
  "diem phan tram",
  "households",
  "household",
  "persons",
  "person",
  "people",
  "percentage points",
  "percentage point",
  "communes",
  "vnd",
  "trieu dong",
  "dong",
  "million vnd",
  "number"
];
var INDICATOR_SYNONYMS = {
  poverty_rate: ["ty le ho ngheo", "ty le ngheo", "ti le ho ngheo", "ty le ho ngheo cuoi nam", "poverty rate", "poor household rate", "poor households rate", "poverty_rate", "share of poor households", "poor households share"],
  poor_households: ["so ho ngheo", "ho ngheo", "tong so ho ngheo", "so ho ngheo cuoi nam", "poor households", "poor", "poor_households"],
  near_poor_rate: ["ty le ho can ngheo", "ti le ho can ngheo", "near poor rate", "near poor household rate", "near poor households rate", "near_poor_rate"],
  near_poor_households: ["so ho can ngheo", "ho can ngheo", "tong so ho can ngheo", "near poor households", "near poor", "near_poor_households"],
  total_households: ["tong so ho", "so ho", "tong so ho dan", "tong so ho dan cu", "so ho dan", "total households", "households", "total_households"],
  target_rate: ["chi tieu ty le ho ngheo", "muc tieu ty le ho ngheo", "ke hoach ty le ho ngheo", "target rate", "target poverty rate", "target_rate", "poor household rate target", "poverty rate target"],
  target_poor_households: ["chi tieu so ho ngheo", "muc tieu so ho ngheo", "target poor households", "target_poor_households", "poor households target"],
  ...HOUSEHOLD_SYNONYMS
};
var RATE_OF_COUNT = {
  poor_households: "poverty_rate",
  near_poor_households: "near_poor_rate",
  target_poor_households: "target_rate"
};
var TOTAL_LABELS = ["tong cong", "toan tinh", "toan thanh pho", "toan huyen", "tong so", "cong", "tong", "total", "grand total"];
var NOTE_LABELS = ["ghi chu", "chu thich", "nguon", "note", "source", "*", "(*)", "luu y"];
var UNIT_PREFIXES = ["thanh pho", "thi xa", "thi tran", "huyen", "quan", "phuong", "xa", "tinh", "tp.", "tp", "tx.", "tx", "h.", "q.", "p.", "tt."];

// src/ingest/tokens.ts
var FILLERS = /* @__PURE__ */ new Set(["of", "the", "cua", "hanh", "chinh", "vi", "en", "vn", "full", "short", "ngan", "day", "du"]);
var ENTRIES = Object.entries(HEADER_TOKENS).flatMap(([kind, list]) => list.map((w) => ({ kind, words: w.split(" ") }))).sort((a, b) => b.words.length - a.words.length);
function readTokens(folded) {
  const words = folded.split(" ").filter(Boolean);
  const found = [];
  for (let i2 = 0; i2 < words.length; ) {
    const hit = ENTRIES.find((e) => e.words.every((w, k) => words[i2 + k] === w));
    if (hit) {
      found.push({ at: i2, kind: hit.kind, text: hit.words.join(" ") });
      i2 += hit.words.length;
      continue;
    }
    if (!FILLERS.has(words[i2])) return null;
    i2++;
  }
  return found.map(({ kind, text: text2 }) => ({ kind, text: text2 }));
}
function roleFromTokens(folded) {
  const found = readTokens(folded);
  if (!found?.length) return null;
  const has2 = (k) => found.some((t) => t.kind === k);
  const words = (...kinds) => found.filter((t) => kinds.includes(t.kind)).map((t) => t.text);
  const only = (...kinds) => found.every((t) => kinds.includes(t.kind));
  if (has2("parent")) return { role: "parent", tokens: words("parent", "code", "name", "place"), strength: 2 };
  if (has2("code") && has2("indicator") && only("code", "indicator", "name")) return { role: "indicator", tokens: words("indicator", "code"), strength: 1 };
  if (has2("code") && has2("year") && only("code", "year")) return { role: "year", tokens: words("year", "code"), strength: 1 };
  if (has2("code") && only("code", "place")) return { role: "unit_code", tokens: words("place", "code"), strength: 2 };
  if ((has2("name") || has2("place")) && only("name", "place")) return { role: "unit_name", tokens: words("place", "name"), strength: 2 };
  if (has2("year") && only("year")) return { role: "year", tokens: words("year"), strength: 2 };
  if (has2("indicator") && only("indicator", "name")) return { role: "indicator", tokens: words("indicator", "name"), strength: 2 };
  if (has2("value") && only("value")) return { role: "value", tokens: words("value"), strength: 2 };
  return null;
}

// src/ingest/headers.ts
function foldHeader(s) {
  return foldName(s.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")).replace(/[_:;,.\-–/\\"'’*]+/g, " ").replace(/\s+/g, " ").trim();
}
var fieldBySyn = /* @__PURE__ */ new Map();
for (const [f, list] of Object.entries(FIELD_SYNONYMS)) for (const s of list) fieldBySyn.set(foldHeader(s), f);
var indBySyn = /* @__PURE__ */ new Map();
for (const [id, list] of Object.entries(INDICATOR_SYNONYMS)) for (const s of list) indBySyn.set(foldHeader(s), id);
function indicatorOf(label) {
  const trimmed2 = label.trim();
  if (isIndicatorId(trimmed2)) return trimmed2;
  const whole = foldHeader(trimmed2);
  const f = whole.replace(/\b(19|20)\d{2}\b/g, " ").replace(/\bnam\b/g, " ").replace(/\s+/g, " ").trim();
  const id = indBySyn.get(whole) ?? indBySyn.get(f) ?? null;
  if (id && /%/.test(label)) return RATE_OF_COUNT[id] ?? id;
  return id;
}
function customIndicatorId(label) {
  const base = foldHeader(label).replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!base) return null;
  const id = /%/.test(label) && !/_(pct|rate|percent)$/.test(base) ? `${base}_pct` : base;
  return (/^[a-z]/.test(id) ? id : `i_${id}`).slice(0, 64);
}
function yearIn(label) {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(label);
  return m ? Number(m[1]) : null;
}
function valueRole(indicator, year) {
  return `v:${indicator ?? ""}:${year ?? ""}`;
}
function parseValueRole(role) {
  const m = /^v:([a-z_]*):(\d*)$/.exec(role);
  if (!m) return null;
  const ind = m[1];
  return { indicator: ind && isIndicatorId(ind) ? ind : null, year: m[2] ? Number(m[2]) : null };
}
var SMALL_NUMBER = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
function explainRole(header) {
  if (SMALL_NUMBER.test(header)) return null;
  const f = foldHeader(header);
  if (!f) return null;
  const field = fieldBySyn.get(f);
  if (field) return { role: field, why: { kind: "synonym", text: f }, strength: 3 };
  const ind = indicatorOf(header);
  const year = yearIn(header);
  if (ind || year) {
    if (ind || /^(nam )?\d{4}$/.test(f)) return { role: valueRole(ind, year), why: { kind: "label", text: f }, strength: 3 };
  }
  const t = roleFromTokens(f);
  return t ? { role: t.role, why: { kind: "tokens", tokens: t.tokens }, strength: t.strength } : null;
}
function guessRole(header) {
  return explainRole(header)?.role ?? null;
}
function headerKey(headers) {
  return headers.map(foldHeader).join("|");
}
function findHeaderRow(rows2, scan = 30) {
  let best = -1;
  let bestScore = 1;
  for (let i2 = 0; i2 < Math.min(rows2.length, scan); i2++) {
    const score = rows2[i2].filter((c) => guessRole(c) !== null).length;
    if (score > bestScore) {
      best = i2;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstWide = rows2.findIndex((r) => r.filter((c) => c.trim() !== "").length >= 2);
  return firstWide >= 0 ? firstWide : 0;
}
var recognised = (hs) => hs.filter((x2) => guessRole(x2) !== null).length;
var looksNumeric = (c) => /^[\s\d.,%()+\-−]+$/.test(c);
function combineHeaderRows(top, sub) {
  const filled3 = sub.map((c) => c.trim()).filter((c) => c !== "");
  if (filled3.length < 2 || filled3.some(looksNumeric)) return null;
  const out2 = [];
  let group = "";
  for (let c = 0; c < Math.max(top.length, sub.length); c++) {
    const t = (top[c] ?? "").trim();
    const s = (sub[c] ?? "").trim();
    if (t) group = t;
    else if (!s) group = "";
    const parent = t || group;
    if (!s || !parent) {
      out2.push(s || parent);
      continue;
    }
    const joined = `${parent} ${s}`;
    const reversed = `${s} ${parent}`;
    out2.push(guessRole(joined) === null && guessRole(reversed) !== null ? reversed : joined);
  }
  return recognised(out2) > recognised(top) ? out2 : null;
}
function isColumnNumbersRow(row) {
  const cells = row.map((c) => c.trim()).filter((c) => c !== "");
  if (cells.length < 3) return false;
  const nums = cells.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]);
  return nums.every((n, i2) => n !== void 0 && Number(n) === Number(nums[0]) + i2);
}
function findHeader(rows2, userRow) {
  const h = userRow ?? findHeaderRow(rows2);
  const one = (rows2[h] ?? []).map((c) => c.trim());
  let best = { row: h, span: 1, headers: one, numbersRow: null };
  let bestScore = recognised(one);
  const tryPair = (start) => {
    if (start < 0 || start + 1 >= rows2.length) return;
    const joined = combineHeaderRows(rows2[start], rows2[start + 1]);
    if (joined && recognised(joined) > bestScore) {
      best = { row: start, span: 2, headers: joined, numbersRow: null };
      bestScore = recognised(joined);
    }
  };
  tryPair(h);
  if (userRow === void 0) tryPair(h - 1);
  const next = best.row + best.span;
  if (next < rows2.length && isColumnNumbersRow(rows2[next])) best.numbersRow = next;
  return best;
}
function isTotalLabel(cell) {
  let i2 = 0;
  while (i2 < cell.length && cell.charCodeAt(i2) <= 32) i2++;
  const c = cell.charCodeAt(i2) | 32;
  if (c >= 48 && c <= 57 || c >= 97 && c <= 122 && c !== 116 && c !== 99 && c !== 103) return false;
  const f = foldHeader(cell);
  return TOTAL_LABELS.some((l) => f === l || l.includes(" ") && f.startsWith(`${l} `));
}
function isNoteLabel(cell) {
  const t = cell.trim();
  const f = foldHeader(t);
  return NOTE_LABELS.some((l) => t.startsWith(l) || f === l || f.startsWith(`${l} `));
}

// src/ingest/years.ts
function parseYearText(raw) {
  const t = raw.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  return /^(năm|nam|year)?\s*\d{4}$/i.test(t) ? yearIn(t) : null;
}
function parseYearCell(c) {
  if (typeof c === "number") return Number.isInteger(c) ? c : null;
  return parseYearText(cellText(c));
}

// src/ingest/columns.ts
var SINGLE = /* @__PURE__ */ new Set(["unit_code", "unit_name", "parent", "year", "indicator", "value"]);
function looksLikeMeasure(value) {
  const f = foldName(value).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  return f.startsWith("%") || MEASURE_VALUES.some((m) => f === m || m.length > 5 && f.startsWith(`${m} `));
}
function mostly(values, test) {
  const filled3 = values.filter((v) => v !== "");
  return filled3.length > 0 && filled3.filter(test).length * 2 > filled3.length;
}
var distinct = (values, n = 3) => [...new Set(values.filter((v) => v !== ""))].slice(0, n);
function decideColumns(headers, sample) {
  const values = (c) => sample.map((r) => (r[c] ?? "").trim());
  const guesses = headers.map((h) => explainRole(h) ?? { role: "ignore", why: { kind: "none" }, strength: 0 });
  const out2 = guesses.map((g, c) => {
    const v = values(c);
    if ((g.role === "unit_name" || g.role === "unit_code") && mostly(v, looksLikeMeasure)) {
      return { role: "measure", why: { kind: "measure", values: distinct(v) }, strength: 3 };
    }
    if (g.role === "year" && g.why.kind === "tokens" && g.why.tokens.some((t) => LOOSE_YEAR_TOKENS.includes(t)) && mostly(v, (x2) => parseYearText(x2) === null)) {
      return { role: "ignore", why: { kind: "not-years", values: distinct(v) }, strength: 0 };
    }
    return g;
  });
  headers.forEach((h, c) => {
    if (out2[c].role !== "ignore" || out2[c].why.kind !== "none") return;
    const f = foldHeader(h);
    if (!(BARE_RATE_HEADERS.includes(f) || f === "" && h.includes("%"))) return;
    for (let k = c - 1; k >= 0; k--) {
      const v = parseValueRole(out2[k].role);
      if (!v?.indicator) continue;
      const rate = describeIndicator(v.indicator).kind === "rate" ? null : RATE_OF_COUNT[v.indicator] ?? null;
      if (rate) out2[c] = { role: valueRole(rate, v.year), why: { kind: "rate-beside", column: headers[k] || `#${k + 1}` }, strength: 2 };
      break;
    }
  });
  for (const field of SINGLE) {
    const cols = out2.map((d2, c) => d2.role === field ? c : -1).filter((c) => c >= 0);
    if (cols.length < 2) continue;
    const best = cols.reduce((a, b) => out2[b].strength > out2[a].strength ? b : a);
    for (const c of cols) if (c !== best) out2[c] = { role: "ignore", why: { kind: "duplicate", column: headers[best] || `#${best + 1}` }, strength: 0 };
  }
  return out2.map(({ role, why }) => ({ role, why }));
}

// src/ingest/layout.ts
function indicatorInText(text2) {
  const f = ` ${foldHeader(text2)} `;
  let best = null;
  for (const [id, list] of Object.entries(INDICATOR_SYNONYMS)) {
    for (const s of list) {
      const k = foldHeader(s);
      if (k.length > 4 && f.includes(` ${k} `) && (!best || k.length > best.len)) best = { id, len: k.length };
    }
  }
  return best ? indicatorOf(best.id) ?? best.id : null;
}
function resolveLayout(mapping, context, defaults) {
  const first = (r) => mapping.indexOf(r);
  const codeCol = first("unit_code");
  const nameCol = first("unit_name");
  const yearCol = first("year");
  const indicatorCol = first("indicator");
  const valueCol = first("value");
  if (codeCol < 0 && nameCol < 0) return { fatal: "no_unit_column" };
  const ctxText = context.join(" ");
  const defaultIndicator = defaults.indicator ?? indicatorInText(ctxText);
  const defaultYear = defaults.year ?? yearIn(ctxText);
  let values = [];
  mapping.forEach((role, col) => {
    const v = parseValueRole(role);
    if (v) values.push({ col, ...v });
  });
  let kind;
  if (indicatorCol >= 0 && valueCol >= 0) {
    kind = "long";
    values = [{ col: valueCol, indicator: null, year: null }];
  } else {
    if (valueCol >= 0) values.push({ col: valueCol, indicator: null, year: null });
    if (!values.length) return { fatal: "no_values" };
    const withInd = values.filter((v) => v.indicator).length;
    const withYear = values.filter((v) => v.year !== null).length;
    kind = withInd === values.length && withYear === 0 ? "wide-indicator" : withYear === values.length && withInd === 0 ? "wide-year" : "mixed";
  }
  if (kind !== "long") {
    if (values.some((v) => !v.indicator) && indicatorCol < 0 && !defaultIndicator) return { fatal: "no_indicator" };
  }
  if (values.some((v) => v.year === null) && yearCol < 0 && !defaultYear) return { fatal: "no_year" };
  return { kind, codeCol, nameCol, parentCol: first("parent"), yearCol, indicatorCol, values, defaultIndicator, defaultYear };
}

// src/ingest/scratch.ts
var fresh = {
  i32: (n) => new Int32Array(n),
  f64: (n) => new Float64Array(n),
  u8: (n) => new Uint8Array(n),
  u16: (n) => new Uint16Array(n)
};
var MIN_BYTES = 1 << 16;
var KEEP_BYTES = 64 << 20;
var free = [];
var Scratch = class {
  taken = [];
  i32(n) {
    return n * 4 < MIN_BYTES ? new Int32Array(n) : new Int32Array(this.buffer(n * 4), 0, n);
  }
  f64(n) {
    return n * 8 < MIN_BYTES ? new Float64Array(n) : new Float64Array(this.buffer(n * 8), 0, n);
  }
  u8(n) {
    return n < MIN_BYTES ? new Uint8Array(n) : new Uint8Array(this.buffer(n), 0, n);
  }
  u16(n) {
    return n * 2 < MIN_BYTES ? new Uint16Array(n) : new Uint16Array(this.buffer(n * 2), 0, n);
  }
  /** Gives every buffer taken back for later imports (up to KEEP_BYTES in all). */
  release() {
    let kept = free.reduce((s, b) => s + b.byteLength, 0);
    for (const b of this.taken) {
      if (b.byteLength === 0 || kept + b.byteLength > KEEP_BYTES) continue;
      free.push(b);
      kept += b.byteLength;
    }
    this.taken.length = 0;
  }
  /** The smallest free buffer that fits, zeroed where the array will be; else a new one. */
  buffer(bytes) {
    let best = -1;
    for (let k = 0; k < free.length; k++) {
      const size = free[k].byteLength;
      if (size >= bytes && (best < 0 || size < free[best].byteLength)) best = k;
    }
    let b;
    if (best >= 0) {
      b = free[best];
      free.splice(best, 1);
      new Uint8Array(b, 0, bytes).fill(0);
    } else {
      b = new ArrayBuffer(bytes);
    }
    this.taken.push(b);
    return b;
  }
};
var lasting = {
  u32: (n) => new Uint32Array(exact(n * 4)),
  u16: (n) => new Uint16Array(exact(n * 2)),
  f64: (n) => new Float64Array(exact(n * 8))
};
function exact(bytes) {
  if (bytes < MIN_BYTES) return new ArrayBuffer(bytes);
  const k = free.findIndex((b3) => b3.byteLength === bytes);
  if (k < 0) return new ArrayBuffer(bytes);
  const b = free.splice(k, 1)[0];
  new Uint8Array(b).fill(0);
  return b;
}
function recycle(buffers) {
  let kept = free.reduce((s, b) => s + b.byteLength, 0);
  for (const b of buffers) {
    if (!(b instanceof ArrayBuffer) || b.byteLength < MIN_BYTES || free.includes(b) || kept + b.byteLength > KEEP_BYTES) continue;
    free.push(b);
    kept += b.byteLength;
  }
}

// src/ingest/intMap.ts
var IntMap = class {
  keys;
  vals;
  mask;
  size = 0;
  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }
  slot(key) {
    let h = (key | 0) ^ Math.floor(key / 4294967296);
    h = Math.imul(h ^ h >>> 16, 2246822507);
    h = Math.imul(h ^ h >>> 13, 3266489909);
    let i2 = (h ^ h >>> 16) & this.mask;
    while (this.keys[i2] !== -1 && this.keys[i2] !== key) i2 = i2 + 1 & this.mask;
    return i2;
  }
  get(key) {
    const i2 = this.slot(key);
    return this.keys[i2] === key ? this.vals[i2] : void 0;
  }
  has(key) {
    return this.keys[this.slot(key)] === key;
  }
  set(key, value) {
    const i2 = this.slot(key);
    if (this.keys[i2] !== key) {
      this.keys[i2] = key;
      if (++this.size * 2 > this.mask) {
        this.vals[i2] = value;
        this.grow();
        return;
      }
    }
    this.vals[i2] = value;
  }
  grow() {
    const { keys, vals } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.vals = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let i2 = 0; i2 < keys.length; i2++) if (keys[i2] !== -1) {
      const j = this.slot(keys[i2]);
      this.keys[j] = keys[i2];
      this.vals[j] = vals[i2];
    }
  }
};
var DenseMap = class {
  vals;
  constructor(size, mem = fresh) {
    this.vals = mem.i32(size).fill(-1);
  }
  get(key) {
    const v = this.vals[key];
    return v === void 0 || v < 0 ? void 0 : v;
  }
  has(key) {
    return (this.vals[key] ?? -1) >= 0;
  }
  set(key, value) {
    this.vals[key] = value;
  }
};
var DENSE_MAX = 1 << 23;
var DENSE_SPARSITY = 8;
function keyMap(range, expected, mem = fresh) {
  return range <= DENSE_MAX && range <= Math.max(1 << 16, expected * DENSE_SPARSITY) ? new DenseMap(range, mem) : new IntMap(expected);
}

// src/ingest/numbers.ts
var MISSING = /* @__PURE__ */ new Set(["", "-", "\u2013", "\u2014", "n/a", "na", "..", "...", "\u2026", "x", "#n/a"]);
function isMissing(raw) {
  return MISSING.has(clean(raw).toLowerCase());
}
function clean(raw) {
  return raw.replace(/[\s\u00a0\u202f\u2009]+/g, "").replace(/\u2212/g, "-");
}
var DOT = { decimal: ".", thousands: "," };
var COMMA = { decimal: ",", thousands: "." };
var AMBIG_DOT = /^-?\d{1,3}(\.\d{3})+%?$/;
var AMBIG_COMMA = /^-?\d{1,3}(,\d{3})+%?$/;
var Vote = { None: 0, DotDecimal: 1, CommaDecimal: 2, AmbiguousDot: 3, AmbiguousComma: 4 };
function allDigits(raw) {
  if (raw.length === 0 || raw.length > 15) return false;
  for (let i2 = 0; i2 < raw.length; i2++) {
    const c = raw.charCodeAt(i2);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
var intDigits = 0;
var fracDigits = 0;
function plainDecimal(raw) {
  const n = raw.length;
  if (n < 3 || n > 16) return 0;
  let sep = 0;
  let at = -1;
  for (let i2 = 0; i2 < n; i2++) {
    const c = raw.charCodeAt(i2);
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 && c !== 44 || at >= 0) return 0;
    sep = c;
    at = i2;
  }
  if (at < 1 || at === n - 1) return 0;
  intDigits = at;
  fracDigits = n - at - 1;
  return sep;
}
function plainValue(raw) {
  let m = 0;
  for (let i2 = 0; i2 < raw.length; i2++) {
    const c = raw.charCodeAt(i2);
    if (c !== 46 && c !== 44) m = m * 10 + (c - 48);
  }
  return m / 10 ** fracDigits;
}
function styleVote(raw) {
  if (allDigits(raw)) return Vote.None;
  const sep = plainDecimal(raw);
  if (sep) {
    const ambiguous = intDigits <= 3 && fracDigits === 3;
    if (sep === 46) return ambiguous ? Vote.AmbiguousDot : Vote.DotDecimal;
    return ambiguous ? Vote.AmbiguousComma : Vote.CommaDecimal;
  }
  const c = clean(raw);
  if (!c || !/\d/.test(c) || parseCell(c, DOT).kind !== "number" && parseCell(c, COMMA).kind !== "number") return Vote.None;
  const hasDot = c.includes(".");
  const hasComma = c.includes(",");
  if (hasDot && hasComma) return c.lastIndexOf(",") > c.lastIndexOf(".") ? Vote.CommaDecimal : Vote.DotDecimal;
  if (hasDot) {
    if ((c.match(/\./g) ?? []).length > 1) return Vote.CommaDecimal;
    return AMBIG_DOT.test(c) ? Vote.AmbiguousDot : Vote.DotDecimal;
  }
  if (hasComma) {
    if ((c.match(/,/g) ?? []).length > 1) return Vote.DotDecimal;
    return AMBIG_COMMA.test(c) ? Vote.AmbiguousComma : Vote.CommaDecimal;
  }
  return Vote.None;
}
function styleFromVotes(votes, kind) {
  const dotDecimal = votes[Vote.DotDecimal];
  const commaDecimal = votes[Vote.CommaDecimal];
  const ambiguousDot = votes[Vote.AmbiguousDot];
  const ambiguousComma = votes[Vote.AmbiguousComma];
  if (commaDecimal > dotDecimal) return { decimal: ",", thousands: "." };
  if (dotDecimal > commaDecimal) return { decimal: ".", thousands: "," };
  if (ambiguousDot && !ambiguousComma) return kind === "count" ? { decimal: ",", thousands: "." } : { decimal: ".", thousands: "" };
  if (ambiguousComma && !ambiguousDot) return kind === "count" ? { decimal: ".", thousands: "," } : { decimal: ",", thousands: "" };
  return { decimal: ".", thousands: "," };
}
function plainNumber(raw, style) {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : NaN;
  if (typeof raw !== "string") return NaN;
  if (allDigits(raw)) return Number(raw);
  if (plainDecimal(raw) === style.decimal.charCodeAt(0) && intDigits + fracDigits <= 15) return plainValue(raw);
  return NaN;
}
function parseCell(raw, style) {
  if (raw === null || raw === void 0) return { kind: "missing" };
  if (typeof raw === "string" && allDigits(raw)) return { kind: "number", value: Number(raw), percent: false };
  if (typeof raw === "string" && plainDecimal(raw) === style.decimal.charCodeAt(0) && intDigits + fracDigits <= 15) return { kind: "number", value: plainValue(raw), percent: false };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "number", value: raw, percent: false } : { kind: "invalid" };
  if (isMissing(raw)) return { kind: "missing" };
  let c = clean(raw);
  let percent = false;
  if (c.endsWith("%")) {
    percent = true;
    c = c.slice(0, -1);
  }
  if (style.thousands && c.includes(style.thousands)) {
    const intPart = c.split(style.decimal)[0].replace(/^[-+]/, "");
    const groups = intPart.split(style.thousands);
    if (groups.length > 1 && !(groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return { kind: "invalid" };
    c = groups.length > 1 ? c.split(style.thousands).join("") : c;
  }
  if (style.decimal === ",") c = c.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(c)) return { kind: "invalid" };
  const value = Number(c);
  return Number.isFinite(value) ? { kind: "number", value, percent } : { kind: "invalid" };
}

// src/ingest/editDistance.ts
var rowA = new Int32Array(64);
var rowB = new Int32Array(64);
function levenshtein(a, b, limit = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) >= limit) return Math.abs(a.length - b.length);
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i2 = 1; i2 <= a.length; i2++) {
    cur[0] = i2;
    let low = i2;
    const ca = a.charCodeAt(i2 - 1);
    for (let j = 1; j <= b.length; j++) {
      const d2 = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d2;
      if (d2 < low) low = d2;
    }
    if (low >= limit) return low;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
var EditDistance = class {
  constructor(a) {
    this.a = a;
    const m = a.length;
    this.top = m >= 1 && m <= 32 ? 1 << m - 1 : 0;
    if (!this.top) return;
    for (let i2 = 0; i2 < m; i2++) {
      const c = a.charCodeAt(i2);
      if (c < 128) this.ascii[c] |= 1 << i2;
      else this.other.set(c, (this.other.get(c) ?? 0) | 1 << i2);
    }
  }
  a;
  ascii = new Int32Array(128);
  other = /* @__PURE__ */ new Map();
  top;
  /** The distance to `b`; beyond 32 units, as levenshtein(a, b, limit) (exact below the limit). */
  to(b, limit = Infinity) {
    if (!this.top) return levenshtein(this.a, b, limit);
    let pv = -1, mv = 0, score = this.a.length;
    for (let j = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c] : this.other.get(c) ?? 0;
      const xv = eq | mv;
      const xh = (eq & pv) + pv ^ pv | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & this.top) score++;
      else if (mh & this.top) score--;
      ph = ph << 1 | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  }
};

// src/ingest/unitNames.ts
function splitQualifier(name) {
  const m = /^(.*\S)\s*\(([^()]*)\)\s*$/.exec(name.trim());
  if (!m) return { base: name.trim(), qualifier: null, parent: null };
  const [q, ...rest] = m[2].split(",").map((s) => s.trim());
  return { base: m[1], qualifier: q || null, parent: rest.join(", ") || null };
}
var PREFIX_FORMS = UNIT_PREFIXES.map((p) => {
  const bare2 = p.replace(/\.$/, "");
  return [`${bare2}. `, `${bare2} `];
});
var baseOf = (name) => name.includes("(") ? splitQualifier(name).base : name.trim();
function foldUnitName(name) {
  let f = foldName(baseOf(name));
  if (f.includes(".") || f.includes(",")) f = squashSpaces(f.replace(/[.,]/g, (m) => m === "." ? ". " : " ")).trim();
  for (let again = true; again; ) {
    again = false;
    const c0 = f.charCodeAt(0);
    for (let p = 0; p < PREFIX_FORMS.length; p++) {
      const forms = PREFIX_FORMS[p];
      const dotted = forms[0], spaced = forms[1];
      if (c0 !== dotted.charCodeAt(0) && c0 !== spaced.charCodeAt(0)) continue;
      const len = f.startsWith(dotted) ? dotted.length : f.startsWith(spaced) ? spaced.length : 0;
      if (len) {
        const rest = f.slice(len).trim();
        if (rest) {
          f = rest;
          again = true;
          break;
        }
      }
    }
  }
  return f.includes(".") ? squashSpaces(f.replace(/\./g, "")).trim() : f;
}
function levelHint(name) {
  const { base, qualifier } = name.includes("(") ? splitQualifier(name) : { base: name.trim(), qualifier: null };
  const f = foldName(qualifier ? `${qualifier} ${base}` : base);
  if (/^(xa|phuong|thi tran|dac khu|p\.|tt\.)\s/.test(f)) return "commune";
  if (/^(tinh|toan tinh)\s/.test(f)) return "province";
  if (/^(huyen|quan|thi xa|tx|h\.|q\.)[\s.]/.test(f)) return "district";
  if (/^(thanh pho|tp)[\s.]/.test(f)) return "district-or-province";
  return null;
}
var fits = (level, hint) => hint === null || level === hint || hint === "district-or-province" && (level === "district" || level === "province");
function levelFromName(name) {
  const h = levelHint(name);
  return h === "commune" || h === "province" ? h : "district";
}
function newUnitCode(name) {
  return `new-${foldUnitName(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unit"}`;
}
function breakdownBase(label) {
  const m = /^(.+?)\s+[–—]\s+(.+)$/.exec(label.trim());
  return m ? m[1] : null;
}

// src/ingest/unitMatch.ts
var push = (m, k, v) => {
  const l = m.get(k);
  if (l) {
    if (!l.includes(v)) l.push(v);
  } else m.set(k, [v]);
};
var UnitMatcher = class {
  constructor(units) {
    this.units = units;
    for (const u of units) {
      const key = u.code.toLowerCase(), published = (u.officialCode ?? u.code.split("@")[0]).toLowerCase();
      this.byKey.set(key, u);
      push(this.byCode, published, u);
      this.codes.add(key).add(published);
      this.longest = Math.max(this.longest, key.length, published.length);
      const names = u.names?.length ? u.names : [{ ...u.name, from: null, to: null }];
      for (const n of names) {
        const at = { u, from: n.from, to: n.to };
        const vi2 = foldUnitName(n.vi);
        if (!this.byName.get(vi2)?.some((x2) => x2.u === u && x2.from === n.from)) push(this.byName, vi2, at);
        const en2 = foldUnitName(n.en.replace(/\b(district|city|town|province|commune|ward)\b/gi, ""));
        if (en2 !== vi2) push(this.byName, en2, at);
      }
    }
  }
  units;
  byKey = /* @__PURE__ */ new Map();
  byCode = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** Every key and published code (lower case): a code outside it is no known unit's, in one lookup. */
  codes = /* @__PURE__ */ new Set();
  longest = 0;
  foldedVi;
  /**
   * Whether some known unit has this code as its key or its published code. When not, byCodeOf is
   * undefined and withCode empty for it (then hasVintages and codeTakenFrom say no too).
   */
  knowsCode(code) {
    if (!this.units.length) return false;
    const t = code.trim();
    return t.length <= 2 * this.longest && this.codes.has(t.toLowerCase());
  }
  /**
   * A unit by code: the registry key itself, else the one vintage carrying this published code in
   * `year` (codes are reused: 19753 is Thuận Lộc until mid-2025, Phú Xuân after).
   */
  byCodeOf(code, year) {
    if (!this.units.length) return void 0;
    const k = code.trim().toLowerCase();
    const exact2 = this.byKey.get(k);
    if (exact2 && (year === void 0 || validInYear(exact2, year))) return exact2;
    const list = this.byCode.get(k);
    if (!list) return year === void 0 ? exact2 : void 0;
    const valid = year === void 0 ? list : list.filter((u) => validInYear(u, year));
    if (valid.length === 1) return valid[0];
    return year === void 0 ? exact2 : void 0;
  }
  /**
   * Whether a code or a folded name names more than one vintage: then a file's rows must be
   * resolved per year, not once per label.
   */
  hasVintages(code, foldedName) {
    if (!this.units.length) return false;
    if (code) {
      const list = this.withCode(code);
      return list.length > 1 || list.length === 1 && (list[0].validFrom !== null || list[0].validTo !== null);
    }
    if (!this.byName.has(foldedName)) return false;
    let hit = this.vintaged.get(foldedName);
    if (hit === void 0) this.vintaged.set(foldedName, hit = this.nameVintages(foldedName));
    return hit;
  }
  /** By folded name, for rows without a code. */
  vintaged = /* @__PURE__ */ new Map();
  nameVintages(foldedName) {
    const named = this.byName.get(foldedName) ?? [];
    return new Set(named.map((n) => n.u)).size > 1 || named.some((n) => n.from !== null || n.to !== null || n.u.validFrom !== null || n.u.validTo !== null);
  }
  /** The first day a published code is in use by a known unit, when every holder starts after `year`. */
  codeTakenFrom(code, year) {
    const list = this.withCode(code);
    if (!list.length || list.some((u) => u.validFrom === null || u.validFrom <= referenceDate(year))) return void 0;
    return list.map((u) => u.validFrom).sort()[0];
  }
  /** Units with this published code (several when a code was reused by a later vintage). */
  withCode(code) {
    if (!this.units.length) return [];
    return this.byCode.get(code.trim().toLowerCase()) ?? [];
  }
  /**
   * Units whose folded name is this one's, at the level its prefix says; given a year, only units
   * valid at its reference date and under a name in use then.
   */
  withName(name, year) {
    const hint = levelHint(name);
    const date = year === void 0 || !Number.isFinite(year) ? void 0 : referenceDate(year);
    const hits = (this.byName.get(foldUnitName(name)) ?? []).filter((n) => fits(n.u.level, hint) && (date === void 0 || validOn(n.u, date) && validOn({ validFrom: n.from, validTo: n.to }, date)));
    return [...new Set(hits.map((n) => n.u))];
  }
  /** A unique match by folded name, never across levels or vintages. */
  byNameOf(name, year) {
    const list = this.withName(name, year);
    return list.length === 1 ? list[0] : void 0;
  }
  /** Up to `n` known units closest to the name (`folded`: its foldUnitName), at a level the name allows. */
  closest(name, n = 3, folded) {
    if (!this.units.length) return [];
    const f = folded ?? foldUnitName(name);
    const hint = levelHint(name);
    const known = this.foldedVi ??= this.units.map((u) => foldUnitName(u.name.vi));
    const near = new Int32Array(n + 1);
    const dist = new Float64Array(n + 1);
    let count = 0;
    const from = new EditDistance(f);
    for (let i2 = 0; i2 < this.units.length; i2++) {
      if (!fits(this.units[i2].level, hint)) continue;
      const full = count >= n;
      const d2 = from.to(known[i2], full ? dist[n - 1] : Infinity);
      if (full && d2 >= dist[n - 1]) continue;
      let at = count;
      while (at > 0 && dist[at - 1] > d2) {
        near[at] = near[at - 1];
        dist[at] = dist[at - 1];
        at--;
      }
      near[at] = i2;
      dist[at] = d2;
      if (count < n) count++;
    }
    const out2 = [];
    for (let k = 0; k < count; k++) out2.push(this.units[near[k]]);
    return out2;
  }
};
function validAt(list, year) {
  if (year === void 0 || !Number.isFinite(year)) return list;
  return list.filter((u) => validInYear(u, year));
}
function dayBefore(iso) {
  const d2 = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
  d2.setUTCDate(d2.getUTCDate() - 1);
  return d2.toISOString().slice(0, 10);
}
var brief = (u) => ({ code: u.code, name: u.name.vi });
var NO_CHOICES = /* @__PURE__ */ new Map();
function resolveUnit(firstRow, label, key, code, matcher, choices, suggest, unmatched, year, known = true) {
  const base = { raw: label, key, rows: 0, firstRow, suggestions: [] };
  const choice = choices.size ? choices.get(key) : void 0;
  if (choice) {
    const auto = resolveUnit(firstRow, label, key, code, matcher, NO_CHOICES, suggest, unmatched, year, known);
    const guessed = { ...base, suggestions: auto.suggestions, guess: auto.status };
    if (choice === "skip") return { ...guessed, code: null, status: "skipped" };
    const chosen = choice !== "new" ? matcher.byCodeOf(choice) : void 0;
    if (chosen) return { ...guessed, code: chosen.code, status: "chosen" };
    if (choice === "new" && (auto.status === "name" || auto.status === "ambiguous")) return { ...guessed, code: code || newUnitCode(label), status: "new" };
    return { ...auto, guess: auto.status };
  }
  if (code && known) {
    const u = matcher.byCodeOf(code, year);
    if (u) {
      const part = breakdownBase(label);
      if (part && foldUnitName(part) === foldUnitName(u.name.vi) && foldUnitName(label) !== foldUnitName(u.name.vi)) return { ...base, code: u.code, status: "breakdown" };
      return { ...base, code: u.code, status: "code" };
    }
    const all = matcher.withCode(code);
    if (all.length) {
      const valid = validAt(all, year);
      if (valid.length > 1) return { ...base, code: null, status: "ambiguous", suggestions: valid.map(brief) };
      const takenFrom = year !== void 0 && Number.isFinite(year) ? matcher.codeTakenFrom(code, year) : void 0;
      if (takenFrom) {
        const validTo = dayBefore(takenFrom);
        return { ...base, code: `${code}@-${validTo}`, status: "new", validTo };
      }
      return { ...base, code: null, status: "skipped", outOfTime: true, suggestions: all.map(brief) };
    }
  } else if (!code) {
    const part = breakdownBase(label);
    const whole = part ? matcher.byNameOf(part, year) : void 0;
    if (whole && foldUnitName(label) !== foldUnitName(whole.name.vi)) return { ...base, code: whole.code, status: "breakdown" };
    const named = matcher.withName(label, year);
    if (named.length === 1) return { ...base, code: named[0].code, status: "name", suggestions: [brief(named[0])] };
    if (named.length > 1) return { ...base, code: null, status: "ambiguous", suggestions: named.map(brief) };
  }
  const suggestions = (suggest ? matcher.closest(label, 3, key) : []).map(brief);
  if (unmatched === "skip") return { ...base, suggestions, code: null, status: "skipped" };
  return { raw: label, key, rows: 0, firstRow, suggestions, code: code || newUnitCode(label), status: "new" };
}

// src/ingest/strMap.ts
var StrMap = class {
  parts = [];
  constructor() {
    for (let i2 = 0; i2 < 32; i2++) this.parts.push(/* @__PURE__ */ new Map());
  }
  part(k) {
    const n = k.length;
    if (n === 0) return this.parts[0];
    return this.parts[k.charCodeAt(n - 1) * 31 + k.charCodeAt(n >> 1) * 7 + k.charCodeAt(0) * 3 + n & 31];
  }
  get(k) {
    return this.part(k).get(k);
  }
  set(k, v) {
    this.part(k).set(k, v);
    return this;
  }
};

// src/ingest/lists.ts
function objects() {
  const a = [null];
  a.pop();
  return a;
}
function filled2(n, value) {
  const a = objects();
  for (let i2 = 0; i2 < n; i2++) a.push(value);
  return a;
}

// src/ingest/unitResolver.ts
var MAX_SUGGESTED = 300;
var UnitResolver = class {
  matcher;
  choices;
  places;
  unmatched;
  /**
   * Per code of the file ('' for rows without one), in one map (a map that grows to 10,000 entries
   * costs more than all its lookups; see StrMap): its matches by folded name (and year), and the new
   * unit made with it as a unit code.
   */
  byCode = new StrMap();
  /** Every match, in the order first met (the warnings list them so). */
  order = objects();
  /**
   * New units' order (index into freshUnits) by code and by folded name (the first one of each), for
   * parentOf; filled only when a parent is looked up (most files have no parent to find among them).
   */
  freshByCode = /* @__PURE__ */ new Map();
  freshByName = /* @__PURE__ */ new Map();
  freshUnits = objects();
  /** Each new unit's folded name when it is its label's (already folded), else ''. */
  freshKeys = objects();
  indexed = 0;
  // The last label folded, for yearFree (called right after resolve). Callers resolve each distinct
  // label once (or once a year when it has vintages), so a map of folded labels would only grow.
  lastLabel = "";
  lastKey = "";
  /** The last code resolve looked up, and whether a known unit has it (yearFree asks again). */
  lastCode = "";
  lastKnown = false;
  suggested = 0;
  /** Whether the last resolved label depends on the row's year (the streaming path then resolves every row). */
  lastVintaged = false;
  constructor(known, opts = {}) {
    this.matcher = new UnitMatcher(known);
    this.choices = new Map(opts.unitChoices ?? []);
    this.places = new Map((opts.newUnitPlaces ?? []).map(([k, p, l]) => [k, [p, l]]));
    this.unmatched = opts.unmatched ?? "new";
  }
  /**
   * The match for one row's unit (its row count incremented); `row` is the 1-based file row,
   * `parent` the row's parent cell (code or name) when the file has a parent column.
   */
  resolve(row, code, name, year, parent = "") {
    if (!code && /^[\w@.-]+$/.test(name) && this.matcher.withCode(name).length) {
      code = name;
      name = "";
    }
    const label = name || code;
    const key = this.fold(label);
    const known = code !== "" && this.knows(code);
    const y0 = year ?? 0;
    const vintaged = code ? known && (this.matcher.hasVintages(code, key) || this.matcher.codeTakenFrom(code, Number.isFinite(y0) ? y0 : 0) !== void 0) : this.matcher.hasVintages(code, key);
    const sub = vintaged ? `${key}${year}` : key;
    this.lastVintaged = vintaged;
    let e = this.byCode.get(code);
    let m = e?.m === void 0 ? void 0 : e.sub === sub ? e.m : e.more?.get(sub);
    if (!m) {
      const y = year !== null && year !== void 0 && Number.isFinite(year) ? year : void 0;
      m = resolveUnit(row, label, key, code, this.matcher, this.choices, this.suggested < MAX_SUGGESTED, this.unmatched, y, known);
      if (m.suggestions.length && m.status !== "name") this.suggested++;
      if (e === void 0) this.byCode.set(code, e = { sub, m: void 0, more: void 0, first: void 0, unit: void 0 });
      if (m.status === "new" && code) {
        if (e.first === void 0) e.first = key;
        else {
          const part = breakdownBase(label);
          if (part && foldUnitName(part) === e.first) m = { ...m, status: "breakdown" };
        }
      }
      const made = m.status === "new" && m.code ? m.code === code ? e : this.byCode.get(m.code) : void 0;
      if (m.status === "new" && m.code && made?.unit === void 0 && !(m.code === code && !known ? void 0 : this.matcher.byCodeOf(m.code))) {
        const place2 = this.places.size ? this.places.get(key) : void 0;
        const level = place2?.[1] ?? levelFromName(label);
        const parentCode = place2 ? place2[0] : this.parentOf(parent, label, y);
        const newCode = m.code;
        m = m.validTo === void 0 && m.guess === void 0 ? { raw: m.raw, key: m.key, rows: m.rows, firstRow: m.firstRow, suggestions: m.suggestions, code: newCode, status: "new", level, parent: parentCode } : { ...m, level, parent: parentCode };
        const unit = makeUnit({ code: newCode, level, nameVi: label.includes("(") ? splitQualifier(label).base : label.trim(), parent: parentCode, validTo: m.validTo ?? null });
        if (made) made.unit = unit;
        else this.byCode.set(newCode, { sub: "", m: void 0, more: void 0, first: void 0, unit });
        this.freshUnits.push(unit);
        this.freshKeys.push(unit.name.vi === label ? key : "");
      }
      if (e.m === void 0) {
        e.sub = sub;
        e.m = m;
      } else (e.more ??= /* @__PURE__ */ new Map()).set(sub, m);
      this.order.push(m);
    }
    m.rows++;
    return m;
  }
  knows(code) {
    if (code !== this.lastCode) {
      this.lastKnown = this.matcher.knowsCode(code);
      this.lastCode = code;
    }
    return this.lastKnown;
  }
  fold(label) {
    if (label !== this.lastLabel) {
      this.lastKey = foldUnitName(label);
      this.lastLabel = label;
    }
    return this.lastKey;
  }
  /**
   * True when the answer for this code and name cannot depend on the row's year (no known unit has
   * the code, the name is no known code, and neither has several vintages): callers may reuse it.
   */
  yearFree(code, name) {
    if (!this.matcher.units.length) return true;
    if (this.matcher.knowsCode(name) && this.matcher.withCode(name).length) return false;
    if (code) return !this.knows(code) || this.matcher.withCode(code).length === 0;
    return this.matcher.withCode(code).length === 0 && !this.matcher.hasVintages(code, this.fold(name || code));
  }
  /** A new unit's parent: the parent cell (a code or a name), else the name's qualifier ("…, huyện A Lưới"). */
  parentOf(cell, label, year) {
    const text2 = cell.trim() || (label.includes("(") ? splitQualifier(label).parent : null) || "";
    if (!text2) return null;
    const byCode = this.matcher.withCode(text2);
    if (byCode.length === 1) return byCode[0].code;
    const known = this.matcher.byNameOf(text2, year)?.code;
    if (known) return known;
    for (; this.indexed < this.freshUnits.length; this.indexed++) {
      const u = this.freshUnits[this.indexed];
      if (!this.freshByCode.has(u.code)) this.freshByCode.set(u.code, this.indexed);
      const f = this.freshKeys[this.indexed] || foldUnitName(u.name.vi);
      if (!this.freshByName.has(f)) this.freshByName.set(f, this.indexed);
    }
    const a = this.freshByCode.get(text2);
    const b = this.freshByName.get(foldUnitName(text2));
    const first = a === void 0 ? b : b === void 0 ? a : Math.min(a, b);
    return first === void 0 ? null : this.freshUnits[first].code;
  }
  matches() {
    return [...this.order];
  }
  newUnits() {
    return [...this.freshUnits];
  }
  /**
   * The names accepted as new units, in one warning listing each with its first row, its column
   * (the name column, or the code column when the row had no name) and the closest known names;
   * none when every name matched.
   */
  warnings(file, column = () => "") {
    const items = { value: [], row: [], column: [], suggestions: [] };
    for (const m of this.order) {
      if (m.status !== "new") continue;
      items.value.push(m.raw);
      items.row.push(m.firstRow ?? 0);
      items.column.push(column(m));
      items.suggestions.push(m.suggestions.map((s) => s.name).join(", ") || "\u2013");
    }
    const n = items.value.length;
    if (!n) return [];
    if (!items.row.every((r, k) => k === 0 || items.row[k - 1] <= r)) {
      const order = items.row.map((_, k) => k).sort((a, b) => items.row[a] - items.row[b] || a - b);
      for (const key of ["value", "row", "column", "suggestions"]) {
        const c = items[key];
        const copy = [...c];
        order.forEach((o, k) => {
          c[k] = copy[o];
        });
      }
    }
    return [{ severity: "warning", file, row: items.row[0], column: items.column[0], value: "", code: "units_unmatched", params: { n, first: items.value.slice(0, 3).join(", ") + (n > 3 ? ", \u2026" : "") }, items }];
  }
};

// src/ingest/collect.ts
var ROW_ERRORS = [null, "missing_unit", "unit_skipped", "unit_out_of_time", "unit_ambiguous", "unit_breakdown"];
var MISSING2 = 0;
var NUMBER = 1;
var INVALID = 2;
var Indicators = class {
  ids = [];
  kinds = [];
  at = /* @__PURE__ */ new Map();
  idx(id) {
    let i2 = this.at.get(id);
    if (i2 === void 0) {
      i2 = this.ids.length;
      this.at.set(id, i2);
      this.ids.push(id);
      this.kinds.push(describeIndicator(id).kind);
    }
    return i2;
  }
  find(id) {
    return this.at.get(id);
  }
};
function collect(file, headers, grid, rows2, lay, opts, known, progress) {
  const resolver = new UnitResolver(known, opts);
  const text2 = (r, c) => c >= 0 ? cellText(grid[r]?.[c] ?? null).trim() : "";
  const header = (c) => headers[c] || `#${c + 1}`;
  const memo = (f) => {
    const m = /* @__PURE__ */ new Map();
    return (s) => {
      let v2 = m.get(s);
      if (v2 === void 0 && !m.has(s)) m.set(s, v2 = f(s));
      return v2;
    };
  };
  const isTotal2 = memo((s) => s !== "" && isTotalLabel(s));
  const rowIndicator = memo((s) => indicatorOf(s) ?? customIndicatorId(s));
  const yearOfText = memo((s) => parseYearCell(s));
  const inds = new Indicators();
  const unitAt = /* @__PURE__ */ new Map([["", 0]]);
  const units = [""];
  const nv = lay.values.length;
  const nRows = rows2.length;
  const n = nRows * nv;
  const v = {
    n,
    rowOf: new Int32Array(n),
    vcol: new Uint16Array(n),
    ind: new Int32Array(n),
    indOk: new Uint8Array(n),
    year: new Float64Array(n),
    kind: new Uint8Array(n),
    value: new Float64Array(n),
    percent: new Uint8Array(n),
    fileRow: new Int32Array(nRows),
    unit: new Int32Array(nRows),
    total: new Uint8Array(nRows),
    rowError: new Uint8Array(nRows),
    units,
    indicators: inds,
    raw: (i3) => cellText(grid[rows2[v.rowOf[i3]]]?.[lay.values[v.vcol[i3]].col] ?? null),
    column: (i3) => header(lay.values[v.vcol[i3]].col),
    unitLabel: (i3) => {
      const r = rows2[v.rowOf[i3]];
      return text2(r, lay.nameCol) || text2(r, lay.codeCol);
    },
    unitColumn: (i3) => {
      const c = lay.codeCol >= 0 && !text2(rows2[v.rowOf[i3]], lay.nameCol) ? lay.codeCol : lay.nameCol;
      return c >= 0 ? header(c) : "";
    },
    indicatorRaw: (i3) => text2(rows2[v.rowOf[i3]], lay.indicatorCol),
    yearText: (i3) => {
      const col = lay.values[v.vcol[i3]];
      return col.year !== null ? String(col.year) : lay.yearCol >= 0 ? text2(rows2[v.rowOf[i3]], lay.yearCol) : String(lay.defaultYear ?? "");
    },
    yearColumn: lay.yearCol >= 0 ? header(lay.yearCol) : "",
    indicatorColumn: lay.indicatorCol >= 0 ? header(lay.indicatorCol) : ""
  };
  const fallbackInd = inds.idx("poverty_rate");
  const defaultInd = lay.defaultIndicator === null ? -1 : inds.idx(lay.defaultIndicator);
  const colInd = lay.values.map((c) => c.indicator === null ? -1 : inds.idx(c.indicator));
  const votes = lay.values.map(() => ({ rate: [0, 0, 0, 0, 0], count: [0, 0, 0, 0, 0], seen: { rate: false, count: false } }));
  const free2 = /* @__PURE__ */ new Map();
  const freeHit = (code, name) => {
    const e = free2.get(code);
    return e === void 0 ? void 0 : e instanceof Map ? e.get(name) : e.name === name ? e : void 0;
  };
  const perYear = /* @__PURE__ */ new Map();
  const allSeen = [];
  let prevCode = "\0", prevName = "\0", prevYear = "\0";
  let prev = null;
  let i2 = 0;
  for (let k = 0; k < nRows; k++) {
    if (progress && k % 4096 === 4095) progress(0.3 + 0.3 * k / nRows, "parse");
    const r = rows2[k];
    const row = grid[r] ?? [];
    v.fileRow[k] = r + 1;
    const code = text2(r, lay.codeCol);
    const name = text2(r, lay.nameCol);
    const total = isTotal2(name) || !name && isTotal2(code);
    v.total[k] = total ? 1 : 0;
    if (!total) {
      if (!(name || code)) v.rowError[k] = 1;
      else {
        const yearRaw = lay.yearCol >= 0 ? text2(r, lay.yearCol) : "";
        let s;
        if (prev && code === prevCode && name === prevName && yearRaw === prevYear) {
          s = prev;
          s.hits++;
        } else {
          const hit = freeHit(code, name) ?? (perYear.size ? perYear.get(`${code}${name}${yearRaw}`) : void 0);
          if (hit) {
            s = hit;
            s.hits++;
          } else {
            const m = resolver.resolve(r + 1, code, name, lay.yearCol >= 0 ? Number(yearRaw) : lay.defaultYear, text2(r, lay.parentCol));
            const c = m.code ?? "";
            let u = unitAt.get(c);
            if (u === void 0) {
              u = units.length;
              units.push(c);
              unitAt.set(c, u);
            }
            s = { m, u, err: errorOf(m), hits: 0, name };
            allSeen.push(s);
            if (resolver.yearFree(code, name)) {
              const e = free2.get(code);
              if (e === void 0) free2.set(code, s);
              else if (e instanceof Map) e.set(name, s);
              else free2.set(code, /* @__PURE__ */ new Map([[e.name, e], [name, s]]));
            } else perYear.set(`${code}${name}${yearRaw}`, s);
          }
          prev = s;
          prevCode = code;
          prevName = name;
          prevYear = yearRaw;
        }
        v.rowError[k] = s.err;
        v.unit[k] = s.u;
      }
    }
    let rowInd = -1;
    if (lay.indicatorCol >= 0) {
      const id = rowIndicator(text2(r, lay.indicatorCol));
      rowInd = id === null ? -1 : inds.idx(id);
    }
    const yearCell = lay.yearCol >= 0 ? row[lay.yearCol] ?? null : null;
    const rowYear = lay.yearCol < 0 ? lay.defaultYear : typeof yearCell === "string" ? yearOfText(yearCell) : parseYearCell(yearCell);
    for (let c = 0; c < nv; c++, i2++) {
      const col = lay.values[c];
      const ind = colInd[c] >= 0 ? colInd[c] : lay.indicatorCol >= 0 ? rowInd : defaultInd;
      v.rowOf[i2] = k;
      v.vcol[i2] = c;
      v.indOk[i2] = ind >= 0 ? 1 : 0;
      v.ind[i2] = ind >= 0 ? ind : fallbackInd;
      const year = col.year ?? rowYear;
      v.year[i2] = year === null ? NaN : year;
      const raw = row[col.col] ?? null;
      if (typeof raw === "string") {
        const kind = inds.kinds[v.ind[i2]];
        votes[c][kind][styleVote(raw)]++;
        votes[c].seen[kind] = true;
      }
    }
  }
  const styles = votes.map((x2) => ({
    rate: x2.seen.rate ? styleFromVotes(x2.rate, "rate") : null,
    count: x2.seen.count ? styleFromVotes(x2.count, "count") : null
  }));
  readNumbers(v, grid, rows2, lay.values.map((c) => c.col), styles, progress);
  for (const x2 of allSeen) x2.m.rows += x2.hits;
  return { values: v, unitMatches: resolver.matches(), units: resolver.newUnits(), unitIssues: resolver.warnings(file, (m) => header(lay.nameCol >= 0 && (lay.codeCol < 0 || m.raw !== m.code) ? lay.nameCol : lay.codeCol)) };
}
function readNumbers(v, grid, rows2, cols, styles, progress) {
  const none = { decimal: ".", thousands: "" };
  const kinds = v.indicators.kinds;
  const n = v.n;
  for (let j = 0; j < n; j++) {
    if (progress && j % 16384 === 16383) progress(0.6 + 0.1 * j / n, "parse");
    const c = v.vcol[j];
    const raw = grid[rows2[v.rowOf[j]]]?.[cols[c]] ?? null;
    const style = styles[c][kinds[v.ind[j]]] ?? none;
    const x2 = plainNumber(raw, style);
    if (!Number.isNaN(x2)) {
      v.kind[j] = NUMBER;
      v.value[j] = x2;
      continue;
    }
    const p = parseCell(raw, style);
    if (p.kind === "number") {
      v.kind[j] = NUMBER;
      v.value[j] = p.value;
      v.percent[j] = p.percent ? 1 : 0;
    } else {
      v.kind[j] = p.kind === "missing" ? MISSING2 : INVALID;
      v.value[j] = NaN;
    }
  }
}
var errorOf = (m) => m.status === "skipped" ? m.outOfTime ? 3 : 2 : m.status === "ambiguous" ? 4 : m.status === "breakdown" ? 5 : 0;
var rowErrorOf = (v, i2) => ROW_ERRORS[v.rowError[v.rowOf[i2]]];

// src/ingest/checkScreen.ts
var NOYEAR = /^(\s*|\d{4}\s*[-–]\s*\d{4})$/;
var RATE = 1;
var COUNT = 2;
var CUSTOM = 4;
function screen(v, scale, rep, mem = fresh) {
  const pass = new ScreenPass(v, scale, rep, mem);
  for (let i2 = 0; i2 < v.n; i2 += PASS_PART) pass.run(i2, Math.min(v.n, i2 + PASS_PART));
  return pass.result();
}
var PASS_PART = 4096;
var ScreenPass = class {
  constructor(v, scale, rep, mem) {
    this.v = v;
    this.scale = scale;
    this.rep = rep;
    const inds = v.indicators;
    const nI0 = inds.ids.length;
    this.isRate = new Uint8Array(nI0);
    for (let k = 0; k < nI0; k++) this.isRate[k] = inds.kinds[k] === "rate" ? 1 : 0;
    this.rate = { all: new Int32Array(nI0), below: new Int32Array(nI0), percent: new Int32Array(nI0), first: new Int32Array(nI0).fill(-1), order: [] };
    this.flags = filled2(nI0, void 0);
    this.valid = mem.i32(v.n);
    this.hasScale = scale.size > 0;
    this.ind = v.ind;
    this.value = v.value;
  }
  v;
  scale;
  rep;
  isRate;
  rate;
  // Per indicator (the list grows when a percent count becomes its rate): rate, count, custom not yet reported.
  flags;
  valid;
  hasScale;
  ind;
  value;
  ownInd = false;
  ownValue = false;
  nValid = 0;
  y0 = 2100;
  y1 = 1900;
  run(from, to) {
    const { v, rep, rate, flags, isRate, valid, hasScale, scale } = this;
    const inds = v.indicators;
    const rAll = rate.all, rBelow = rate.below, rPercent = rate.percent, rFirst = rate.first;
    const kind = v.kind, pct = v.percent, year = v.year, rowOf = v.rowOf, rowErr = v.rowError, indOk = v.indOk;
    let ind = this.ind, value = this.value, ownInd = this.ownInd, ownValue = this.ownValue;
    let nValid = this.nValid, y0 = this.y0, y1 = this.y1;
    for (let i2 = from; i2 < to; i2++) {
      let k = ind[i2];
      const kd = kind[i2];
      if (kd === NUMBER && isRate[k] === 1) {
        if (rFirst[k] === -1) {
          rFirst[k] = i2;
          rate.order.push(k);
        }
        rAll[k]++;
        if (pct[i2]) rPercent[k]++;
        if (Math.abs(value[i2]) < 1) rBelow[k]++;
      }
      if (rowErr[rowOf[i2]] !== 0 || !indOk[i2]) {
        rowProblem(v, i2, rep);
        continue;
      }
      const y = year[i2];
      if (!(y >= 1900 && y <= 2100 && Number.isInteger(y))) {
        badYear(v, i2, rep);
        continue;
      }
      if (kd === INVALID) {
        rep.add("error", "non_numeric", i2, v.column(i2), v.raw(i2));
        continue;
      }
      if (kd === MISSING2) {
        rep.add("warning", "missing_value", i2, v.column(i2), v.raw(i2), { unit: v.unitLabel(i2), year: y });
        continue;
      }
      const percent = pct[i2] === 1;
      let f = flags[k] ?? flagOf(rep, flags, k);
      if (percent && f & COUNT) {
        const id = inds.ids[k];
        if (!ownInd) {
          ind = ind.slice();
          ownInd = true;
        }
        ind[i2] = k = inds.idx(RATE_OF_COUNT[id] ?? id);
        f = flags[k] ?? flagOf(rep, flags, k);
      }
      if (hasScale && !percent && scale.has(inds.ids[k])) {
        if (!ownValue) {
          value = value.slice();
          ownValue = true;
        }
        value[i2] = value[i2] * 100;
      }
      const x2 = value[i2];
      if (f & RATE && (x2 < 0 || x2 > 100)) {
        rep.add("error", "rate_out_of_range", i2, v.column(i2), v.raw(i2));
        continue;
      }
      if (f & COUNT && x2 < 0) {
        rep.add("error", "negative_count", i2, v.column(i2), v.raw(i2));
        continue;
      }
      if (f & CUSTOM) {
        flags[k] = f & ~CUSTOM;
        rep.add("warning", "custom_indicator", i2, v.column(i2), v.indicatorRaw(i2), { indicator: inds.ids[k] });
      }
      valid[nValid++] = i2;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    this.ind = ind;
    this.value = value;
    this.ownInd = ownInd;
    this.ownValue = ownValue;
    this.nValid = nValid;
    this.y0 = y0;
    this.y1 = y1;
  }
  result() {
    return { valid: this.valid, n: this.nValid, y0: this.y0, y1: this.y1, rate: this.rate, ind: this.ind, value: this.value };
  }
};
function flagOf(rep, flags, k) {
  const d2 = rep.def(k);
  return flags[k] = (d2.kind === "rate" ? RATE : d2.kind === "count" ? COUNT : 0) | (d2.known ? 0 : CUSTOM);
}
function rowProblem(v, i2, rep) {
  const row = v.fileRow[v.rowOf[i2]];
  const rowError = rowErrorOf(v, i2);
  if (rowError === "unit_breakdown") {
    if (rep.once(`${row}|${rowError}`)) rep.add("warning", "unit_breakdown", i2, v.unitColumn(i2), v.unitLabel(i2));
    return;
  }
  if (rowError) {
    if (rep.once(`${row}|${rowError}`)) rep.add("error", rowError, i2, v.unitColumn(i2), v.unitLabel(i2));
    return;
  }
  if (rep.once(`${row}|ind`)) rep.add("error", "unknown_indicator", i2, v.indicatorColumn, v.indicatorRaw(i2));
}
function badYear(v, i2, rep) {
  const row = v.fileRow[v.rowOf[i2]];
  const year = v.year[i2];
  if (Number.isNaN(year) && v.yearColumn && NOYEAR.test(v.yearText(i2))) {
    if (rep.once(`${row}|noyear`)) rep.add("warning", "no_single_year", i2, v.yearColumn, v.yearText(i2));
    return;
  }
  if (rep.once(`${row}|year|${v.yearText(i2)}`)) rep.add("error", "bad_year", i2, v.yearColumn || v.column(i2), v.yearText(i2));
}

// src/ingest/checkReport.ts
var Report = class {
  constructor(file, v) {
    this.file = file;
    this.v = v;
  }
  file;
  v;
  issues = objects();
  seen = /* @__PURE__ */ new Set();
  defs = objects();
  /** The file row of value i. */
  row(i2) {
    return this.v.fileRow[this.v.rowOf[i2]];
  }
  add(severity, code, i2, column, value, params = {}) {
    this.issues.push({ severity, file: this.file, row: this.row(i2), column, value, code, params });
  }
  /** True the first time `key` is asked for (what is reported once per row or series). */
  once(key) {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
  /** Indicator k's definition, looked up once. */
  def(k) {
    while (this.defs.length <= k) this.defs.push(null);
    return this.defs[k] ?? (this.defs[k] = describeIndicator(this.v.indicators.ids[k]));
  }
};

// src/ingest/checkTotals.ts
var TOTAL_TOLERANCE_PP = 0.1;
function checkTotals(v, s, known, newUnits) {
  const { ch: ch2, byKey, ind, value, rep } = s;
  const out2 = objects();
  if (!s.totals.length) return out2;
  const parent = parentOfAll(v, ch2, known, newUnits);
  let parentIdx = parent === null ? -1 : v.units.indexOf(parent);
  if (parent !== null && parentIdx < 0) {
    parentIdx = v.units.length;
    v.units.push(parent);
  }
  const sum = new Float64Array(v.indicators.ids.length * 256);
  const count = new Int32Array(v.indicators.ids.length * 256);
  sumUnits(ch2, parentIdx, ind, v.year, value, sum, count);
  const year = v.year;
  const rows2 = /* @__PURE__ */ new Set();
  for (const t of s.totals) {
    const row = v.fileRow[v.rowOf[t]];
    if (!rows2.has(row)) {
      rows2.add(row);
      out2.push({ row, label: v.unitLabel(t), parent });
      if (!parent) rep.add("warning", "total_no_parent", t, v.unitColumn(t), v.unitLabel(t));
    }
    const y = year[t];
    const d2 = describeIndicator(v.indicators.ids[ind[t]]);
    let expected = null;
    let tol = 0.5;
    if (d2.kind === "count" && count[ind[t] * 256 + (y - 1900)] > 0) expected = sumOf(v, sum, d2.id, y);
    else if (d2.ratio) {
      const den = sumOf(v, sum, d2.ratio.denominator, y);
      if (den > 0) {
        expected = 100 * sumOf(v, sum, d2.ratio.numerator, y) / den;
        tol = TOTAL_TOLERANCE_PP;
      }
    }
    if (expected !== null && Math.abs(expected - value[t]) > tol) {
      rep.add("warning", "total_mismatch", t, v.column(t), v.raw(t), { expected: Math.round(expected * 100) / 100, label: v.unitLabel(t) });
    }
    const pk = (parentIdx * s.nI + ind[t]) * s.nY + (y - s.y0);
    if (parentIdx >= 0 && !byKey.has(pk)) {
      byKey.set(pk, ch2.n);
      ch2.i[ch2.n] = t;
      ch2.u[ch2.n++] = parentIdx;
    }
  }
  return out2;
}
function sumUnits(ch2, parentIdx, ind, year, value, sum, count) {
  const chI = ch2.i, chU = ch2.u;
  for (let c = 0; c < ch2.n; c++) {
    if (chU[c] === parentIdx) continue;
    const i2 = chI[c];
    const k = ind[i2] * 256 + (year[i2] - 1900);
    sum[k] = count[k] ? sum[k] + value[i2] : value[i2];
    count[k]++;
  }
}
function sumOf(v, sum, id, y) {
  const k = v.indicators.find(id);
  return k === void 0 ? 0 : sum[k * 256 + (y - 1900)];
}
function noParent(units) {
  for (let i2 = 0; i2 < units.length; i2++) if (units[i2].parent !== null) return false;
  return true;
}
function parentOfAll(v, ch2, known, newUnits) {
  if (noParent(known) && noParent(newUnits)) return null;
  const parentOf = /* @__PURE__ */ new Map();
  for (const u of known) parentOf.set(u.code, u.parent);
  for (const u of newUnits) parentOf.set(u.code, u.parent);
  const parents = /* @__PURE__ */ new Set();
  const seenUnit = new Uint8Array(v.units.length);
  for (let c = 0; c < ch2.n; c++) {
    const u = ch2.u[c];
    if (seenUnit[u]) continue;
    seenUnit[u] = 1;
    parents.add(parentOf.get(v.units[u]) ?? null);
  }
  return parents.size === 1 ? [...parents][0] : null;
}

// src/i18n/messages/narrative.ts
var vi = {
  /** How a derived figure was made, shown as its source (a rate from counts, a sum of units). */
  source: {
    ratio: "100 \xD7 {{num}} / {{den}}",
    ratioCrosswalk: "100 \xD7 {{num}} / {{den}} (qua b\u1EA3ng chuy\u1EC3n \u0111\u1ED5i \u0111\u01A1n v\u1ECB)",
    sum: "\u03A3 {{n}} \u0111\u01A1n v\u1ECB",
    crosswalk: "chuy\u1EC3n \u0111\u1ED5i: {{codes}}"
  },
  /** Level words as they follow a count ("9 huyện"). */
  level: { country: "qu\u1ED1c gia", region: "v\xF9ng", province: "t\u1EC9nh", district: "huy\u1EC7n", commune: "x\xE3", unit: "\u0111\u01A1n v\u1ECB" },
  root: {
    noRate: "Ch\u01B0a c\xF3 s\u1ED1 li\u1EC7u t\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o c\u1EE7a {{name}}.",
    rate: "N\u0103m {{year}}, t\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o c\u1EE7a {{name}} l\xE0 {{value}}{{qualifier}}{{change}}.",
    expected: " (s\u1ED1 li\u1EC7u d\u1EF1 ki\u1EBFn, ch\u01B0a ph\u1EA3i k\u1EBFt qu\u1EA3)",
    unchanged: ", kh\xF4ng \u0111\u1ED5i so v\u1EDBi {{year}}",
    down: ", gi\u1EA3m {{size}} so v\u1EDBi {{year}}",
    up: ", t\u0103ng {{size}} so v\u1EDBi {{year}}"
  },
  /** The target's verdict at its own year; on an expected figure it is a forecast of the verdict. */
  verdict: {
    met: "Ch\u1EC9 ti\xEAu n\u0103m {{year}} ({{target}}) \u0111\xE3 \u0111\u1EA1t, th\u1EA5p h\u01A1n {{by}}.",
    metExpected: "Ch\u1EC9 ti\xEAu n\u0103m {{year}} ({{target}}) d\u1EF1 ki\u1EBFn \u0111\u1EA1t, th\u1EA5p h\u01A1n {{by}}.",
    missed: "Ch\u1EC9 ti\xEAu n\u0103m {{year}} ({{target}}) kh\xF4ng \u0111\u1EA1t, c\xF2n cao h\u01A1n {{by}}.",
    missedExpected: "Ch\u1EC9 ti\xEAu n\u0103m {{year}} ({{target}}) d\u1EF1 ki\u1EBFn kh\xF4ng \u0111\u1EA1t, c\xF2n cao h\u01A1n {{by}}."
  },
  /** The headline status before the target year. */
  status: {
    achieved: "T\u1EF7 l\u1EC7 n\xE0y \u0111\xE3 \u0111\u1EA1t ch\u1EC9 ti\xEAu {{target}} c\u1EE7a n\u0103m {{year}}.",
    "on-track": "{{name}} \u0111ang \u0111\xFAng ti\u1EBFn \u0111\u1ED9 \u0111\u1EC3 \u0111\u1EA1t ch\u1EC9 ti\xEAu {{target}} v\xE0o n\u0103m {{year}}.",
    "at-risk": "{{name}} c\xF3 nguy c\u01A1 kh\xF4ng \u0111\u1EA1t ch\u1EC9 ti\xEAu {{target}} v\xE0o n\u0103m {{year}} (c\xF2n cao h\u01A1n {{gap}}).",
    "off-track": "Ti\u1EBFn \u0111\u1ED9 ch\u01B0a \u0111\u1EE7 \u0111\u1EC3 \u0111\u1EA1t ch\u1EC9 ti\xEAu {{target}} v\xE0o n\u0103m {{year}} (c\xF2n cao h\u01A1n {{gap}})."
  },
  units: {
    counts: "{{good}}/{{total}} {{level}} \u0111\xE3 \u0111\u1EA1t ho\u1EB7c \u0111\xFAng ti\u1EBFn \u0111\u1ED9 ch\u1EC9 ti\xEAu{{met}}.",
    met: " ({{count}} \u0111\xE3 \u0111\u1EA1t)",
    hardest: "{{name}}{{qualifier}} c\xF2n ph\u1EA3i gi\u1EA3m {{required}} m\u1ED7i n\u0103m \u0111\u1EC3 \u0111\u1EA1t {{target}} v\xE0o n\u0103m {{year}}, {{pace}}.",
    expected: " (theo s\u1ED1 li\u1EC7u d\u1EF1 ki\u1EBFn)",
    behind: "Ch\u1EADm ti\u1EBFn \u0111\u1ED9 ho\u1EB7c c\xF3 nguy c\u01A1: {{names}}.",
    noneBehind: "Kh\xF4ng c\xF3 {{level}} n\xE0o ch\u1EADm ti\u1EBFn \u0111\u1ED9.",
    noData: "{{count}} {{level}} ch\u01B0a \u0111\u1EE7 s\u1ED1 li\u1EC7u \u0111\u1EC3 \u0111\xE1nh gi\xE1."
  },
  /** The cut still needed per year against the recent pace. */
  pace: {
    none: "ch\u01B0a c\xF3 xu h\u01B0\u1EDBng so s\xE1nh \u0111\u01B0\u1EE3c",
    notFalling: "trong khi t\u1EF7 l\u1EC7 ch\u01B0a gi\u1EA3m",
    twice: "g\u1EA5p \u0111\xF4i t\u1ED1c \u0111\u1ED9 g\u1EA7n \u0111\xE2y ({{pace}}/n\u0103m)",
    times: "g\u1EA5p {{times}} l\u1EA7n t\u1ED1c \u0111\u1ED9 g\u1EA7n \u0111\xE2y ({{pace}}/n\u0103m)",
    about: "t\u01B0\u01A1ng \u0111\u01B0\u01A1ng t\u1ED1c \u0111\u1ED9 g\u1EA7n \u0111\xE2y ({{pace}}/n\u0103m)",
    less: "th\u1EA5p h\u01A1n t\u1ED1c \u0111\u1ED9 g\u1EA7n \u0111\xE2y ({{pace}}/n\u0103m)"
  }
};
var en = {
  source: {
    ratio: "100 \xD7 {{num}} / {{den}}",
    ratioCrosswalk: "100 \xD7 {{num}} / {{den}} (through the unit crosswalk)",
    sum: "\u03A3 {{n}} units",
    crosswalk: "crosswalk: {{codes}}"
  },
  level: { country: "countries", region: "regions", province: "provinces", district: "districts", commune: "communes", unit: "units" },
  root: {
    noRate: "There is no poor-household rate for {{name}} yet.",
    rate: "In {{year}}, the poor-household rate of {{name}} was {{value}}{{qualifier}}{{change}}.",
    expected: " (an expected figure, not a result)",
    unchanged: ", unchanged from {{year}}",
    down: ", down {{size}} from {{year}}",
    up: ", up {{size}} from {{year}}"
  },
  verdict: {
    met: "The {{year}} target ({{target}}) was met, {{by}} below it.",
    metExpected: "The {{year}} target ({{target}}) is expected to be met, {{by}} below it.",
    missed: "The {{year}} target ({{target}}) was missed by {{by}}.",
    missedExpected: "The {{year}} target ({{target}}) is expected to be missed by {{by}}."
  },
  status: {
    achieved: "This already meets the {{year}} target of {{target}}.",
    "on-track": "It is on track for the {{year}} target of {{target}}.",
    "at-risk": "It is at risk of missing the {{year}} target of {{target}} ({{gap}} above it).",
    "off-track": "It is off track for the {{year}} target of {{target}} ({{gap}} above it)."
  },
  units: {
    counts: "{{good}} of {{total}} {{level}} have met or are on track for their targets{{met}}.",
    met: " ({{count}} already met)",
    hardest: "{{name}}{{qualifier}} must cut {{required}} a year to reach {{target}} by {{year}}, {{pace}}.",
    expected: " (on an expected figure)",
    behind: "Off track or at risk: {{names}}.",
    noneBehind: "None of the {{level}} is off track.",
    noData: "{{count}} {{level}} lack the data to judge."
  },
  pace: {
    none: "with no comparable trend yet",
    notFalling: "while its rate is not falling",
    twice: "twice its recent pace ({{pace}} a year)",
    times: "{{times}} times its recent pace ({{pace}} a year)",
    about: "about its recent pace ({{pace}} a year)",
    less: "less than its recent pace of {{pace}} a year"
  }
};
var narrative_default = { vi, en };

// src/i18n/format.ts
var cache = /* @__PURE__ */ new Map();
function nf(lang, opts) {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", opts);
    cache.set(key, f);
  }
  return f;
}
function formatPercent(value, lang, digits = 2) {
  return `${nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}%`;
}
function formatPp(value, lang, digits = 2) {
  const s = nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" }).format(value);
  return `${s.replace("-", "\u2212")} ${lang === "vi" ? "\u0111i\u1EC3m %" : "pp"}`;
}
function formatNumber(value, lang, digits = 0) {
  return nf(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

// src/domain/narrative/render.ts
var phrase = (key, params) => params ? { key, params } : { key };
function ppSize(v, lang) {
  return formatPp(Math.abs(v), lang).replace(/^\+/, "");
}
function template(key, lang) {
  const found = key.split(".").reduce((o, part) => o?.[part], narrative_default[lang]);
  if (typeof found !== "string") throw new Error(`narrative: no message ${key} in ${lang}`);
  return found;
}
function renderArg(a, lang) {
  if (a === null) return "";
  if (typeof a === "number") return String(a);
  if ("key" in a) return renderPhrase(a, lang);
  if ("percent" in a) return formatPercent(a.percent, lang);
  if ("pp" in a) return ppSize(a.pp, lang);
  if ("number" in a) return formatNumber(a.number, lang, a.digits);
  return a.text[lang];
}
function bothLanguages(p) {
  return { en: renderPhrase(p, "en"), vi: renderPhrase(p, "vi") };
}
function renderPhrase(p, lang) {
  return template(p.key, lang).replace(/\{\{(\w+)\}\}/g, (_, name) => {
    const a = p.params?.[name];
    if (a === void 0) throw new Error(`narrative: ${p.key} needs {{${name}}}`);
    return renderArg(a, lang);
  });
}

// src/domain/derive.ts
function ratioSource(rateId, key = "source.ratio") {
  const r = INDICATORS[rateId].ratio;
  return bothLanguages(phrase(key, { num: { text: INDICATORS[r.numerator].label }, den: { text: INDICATORS[r.denominator].label } }));
}
var RATE_TOLERANCE_PP = 0.05;
function deriveRates(table) {
  const disagreements = [];
  const builder = new TableBuilder(table.size * 2);
  builder.addTable(table);
  const cols = table.toColumns();
  let added = 0;
  for (const rateId of INDICATOR_IDS) {
    const ratio = INDICATORS[rateId].ratio;
    if (!ratio) continue;
    const source2 = ratioSource(rateId);
    for (const unit of table.unitsWith(ratio.numerator)) {
      const { years, values, rows: rows2 } = table.series(unit, ratio.numerator);
      years.forEach((year, k) => {
        const num = values[k];
        const dr = table.find(unit, ratio.denominator, year);
        if (dr < 0) return;
        const den = cols.value[dr];
        if (!(den > 0)) return;
        const fromCounts = 100 * num / den;
        const inputs = [table.provenance(rows2[k]), table.provenance(dr)];
        const r = table.find(unit, rateId, year);
        if (r < 0) {
          builder.add(unit, rateId, year, fromCounts, derivedProvenance(source2, inputs));
          added++;
          return;
        }
        const existing = table.provenance(r);
        const given = existing.asReported ?? (existing.derived ? void 0 : cols.value[r]);
        if (given === void 0) {
          builder.add(unit, rateId, year, fromCounts, derivedProvenance(source2, inputs), cols.row[r]);
          added++;
          return;
        }
        if (Math.abs(given - fromCounts) > RATE_TOLERANCE_PP) {
          disagreements.push({ unit, year, indicator: rateId, given, fromCounts, numerator: num, denominator: den, row: cols.row[r] });
          builder.add(unit, rateId, year, fromCounts, { ...derivedProvenance(source2, inputs), asReported: given }, cols.row[r]);
          added++;
        } else if (existing.asReported !== void 0) {
          builder.add(unit, rateId, year, fromCounts, derivedProvenance(source2, inputs), cols.row[r]);
          added++;
        }
      });
    }
  }
  return { table: added ? builder.build() : table, disagreements, added };
}

// src/ingest/checkSeries.ts
var JUMP_PP = 10;
function rateCounts(v, s, ind, value, numOf, denOf, rep) {
  const { acc, map, nI, nY, y0 } = s;
  const chI = s.ch.i, chU = s.ch.u, year = v.year;
  for (let a = 0; a < s.n; a++) {
    const c = acc === null ? a : acc[a];
    const i2 = chI[c];
    const nk = numOf[ind[i2]], dk = denOf[ind[i2]];
    if (nk < 0 || dk < 0) continue;
    const base = chU[c] * nI, yo = year[i2] - y0;
    const cn = map.get((base + nk) * nY + yo);
    if (cn === void 0) continue;
    const cd = map.get((base + dk) * nY + yo);
    if (cd === void 0) continue;
    const num = chI[cn], den = chI[cd];
    if (value[den] > 0) {
      const fromCounts = 100 * value[num] / value[den];
      if (Math.abs(fromCounts - value[i2]) > RATE_TOLERANCE_PP) rep.add("warning", "rate_count_mismatch", i2, v.column(i2), v.raw(i2), { fromCounts: Math.round(fromCounts * 100) / 100 });
    }
  }
}
function gapsAndJumps(v, s, ind, value, isRate, rep, scratch2) {
  const chI = s.ch.i, chU = s.ch.u, year = v.year;
  const { order, offsets } = seriesOf(s, ind, year, (v.units.length + 1) * s.nI, scratch2);
  for (let q = 0; q + 1 < offsets.length; q++) {
    for (let k = offsets[q] + 1; k < offsets[q + 1]; k++) {
      const a = chI[order[k - 1]];
      const b = chI[order[k]];
      const ya = year[a], yb = year[b];
      if (yb - ya > 1) {
        if (rep.once(`gap|${v.units[chU[order[k]]]}|${ya}|${yb}`)) rep.add("warning", "year_gap", b, v.yearColumn || v.column(b), String(yb), { from: ya, to: yb, unit: v.unitLabel(b) });
      } else if (isRate[ind[b]] === 1 && Math.abs(value[b] - value[a]) > JUMP_PP) {
        rep.add("warning", "jump", b, v.column(b), v.raw(b), { from: value[a], to: value[b], fromYear: ya, unit: v.unitLabel(b) });
      }
    }
  }
}
function seriesOf(s, ind, year, keys, scratch2) {
  const { acc, n, nI } = s;
  const chI = s.ch.i, chU = s.ch.u;
  const seen = new Uint8Array(keys);
  const list = [];
  for (let a = 0; a < n; a++) {
    const c = acc === null ? a : acc[a];
    const k = chU[c] * nI + ind[chI[c]];
    if (seen[k] === 0) {
      seen[k] = 1;
      list.push(k);
    }
  }
  return list.length * s.nY <= 2 * n + 4096 ? seriesByScan(s, list, scratch2) : seriesBySort(s, ind, year, keys, scratch2);
}
function seriesByScan(s, list, scratch2) {
  const { map, nY } = s;
  const order = scratch2.length >= s.n ? scratch2 : new Int32Array(s.n);
  const offsets = new Int32Array(list.length + 1);
  let p = 0;
  for (let q = 0; q < list.length; q++) {
    const k0 = list[q] * nY;
    for (let y = 0; y < nY; y++) {
      const c = map.get(k0 + y);
      if (c !== void 0) order[p++] = c;
    }
    offsets[q + 1] = p;
  }
  return { order, offsets };
}
function seriesBySort(s, ind, year, keys, scratch2) {
  const { acc, n, nI } = s;
  const chI = s.ch.i, chU = s.ch.u;
  const ordinal = keyMap(keys, Math.min(n, 1 << 16));
  const sOf = scratch2.length >= n ? scratch2 : new Int32Array(n);
  let counts = new Int32Array(256);
  let nS = 0;
  for (let a = 0; a < n; a++) {
    const c = acc === null ? a : acc[a];
    const k = chU[c] * nI + ind[chI[c]];
    let q = ordinal.get(k);
    if (q === void 0) {
      q = nS++;
      ordinal.set(k, q);
      if (nS > counts.length) {
        const b = new Int32Array(counts.length * 2);
        b.set(counts);
        counts = b;
      }
    }
    sOf[a] = q;
    counts[q]++;
  }
  const offsets = new Int32Array(nS + 1);
  for (let q = 0; q < nS; q++) offsets[q + 1] = offsets[q] + counts[q];
  const fill = offsets.slice(0, -1);
  const order = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const q = sOf[a];
    const c = acc === null ? a : acc[a];
    const y = year[chI[c]];
    let p = fill[q]++;
    while (p > offsets[q] && year[chI[order[p - 1]]] > y) {
      order[p] = order[p - 1];
      p--;
    }
    order[p] = c;
  }
  return { order, offsets };
}

// src/ingest/checks.ts
function runChecks(file, v, scale, known, newUnits, mem = fresh) {
  const rep = new Report(file, v);
  const issues = rep.issues;
  const inds = v.indicators;
  const sc = screen(v, scale, rep, mem);
  const { ind, value } = sc;
  const fractions = [];
  for (const k of sc.rate.order) {
    const first = sc.rate.first[k], all = sc.rate.all[k];
    const id = inds.ids[k];
    if (all > 1 && sc.rate.below[k] === all && !sc.rate.percent[k] && !scale.has(id)) {
      fractions.push({ severity: "warning", file, row: rep.row(first), column: v.column(first), value: v.raw(first), code: "fraction_rates", params: { indicator: id } });
    }
  }
  if (fractions.length) issues.splice(0, 0, ...fractions);
  const nI = inds.ids.length;
  const y0 = sc.n ? sc.y0 : 2100;
  const nY = sc.n ? sc.y1 - sc.y0 + 1 : 1;
  const range = (v.units.length + 1) * nI * nY;
  const byKey = keyMap(range, sc.n, mem);
  const { ch: ch2, totals } = children(v, sc, ind, value, byKey, nI, nY, y0, rep, mem);
  const totalHh = inds.find("total_households");
  if (totalHh !== void 0) {
    const poor = new Uint8Array(nI);
    for (const id of ["poor_households", "near_poor_households"]) {
      const k = inds.find(id);
      if (k !== void 0) poor[k] = 1;
    }
    poorAboveTotal(v, ch2, byKey, ind, value, poor, totalHh, nI, nY, y0, rep);
  }
  const totalRows = checkTotals(v, { ch: ch2, totals, byKey, nI, nY, y0, ind, value, rep }, known, newUnits);
  const errRows = /* @__PURE__ */ new Set();
  for (const x2 of issues) if (x2.severity === "error") errRows.add(x2.row);
  let acc = null;
  let nAcc = ch2.n;
  let okKey = byKey;
  if (errRows.size) {
    acc = new Int32Array(ch2.n);
    nAcc = 0;
    for (let c = 0; c < ch2.n; c++) if (!errRows.has(rep.row(ch2.i[c]))) acc[nAcc++] = c;
    okKey = keyMap(range, nAcc);
    for (let a = 0; a < nAcc; a++) {
      const c = acc[a];
      okKey.set((ch2.u[c] * nI + ind[ch2.i[c]]) * nY + (v.year[ch2.i[c]] - y0), c);
    }
  }
  const numOf = new Int32Array(nI).fill(-1);
  const denOf = new Int32Array(nI).fill(-1);
  const isRate = new Uint8Array(nI);
  for (let k = 0; k < nI; k++) {
    const ratio = rep.def(k).ratio;
    if (ratio) {
      numOf[k] = inds.find(ratio.numerator) ?? -1;
      denOf[k] = inds.find(ratio.denominator) ?? -1;
    }
    isRate[k] = inds.kinds[k] === "rate" ? 1 : 0;
  }
  const accepted = { acc, n: nAcc, ch: ch2, map: okKey, nI, nY, y0 };
  rateCounts(v, accepted, ind, value, numOf, denOf, rep);
  gapsAndJumps(v, accepted, ind, value, isRate, rep, sc.valid);
  let accI = ch2.i.subarray(0, nAcc), accU = ch2.u.subarray(0, nAcc);
  if (acc) {
    accI = new Int32Array(nAcc);
    accU = new Int32Array(nAcc);
    for (let a = 0; a < nAcc; a++) {
      accI[a] = ch2.i[acc[a]];
      accU[a] = ch2.u[acc[a]];
    }
  }
  return { issues, accepted: { i: accI, unit: accU, n: nAcc }, ind, value, totals: totalRows };
}
function children(v, sc, ind, value, byKey, nI, nY, y0, rep, mem) {
  const ch2 = { i: mem.i32(sc.n), u: mem.i32(sc.n), n: 0 };
  const chI = ch2.i, chU = ch2.u;
  const totals = [];
  const valid = sc.valid, rowOf = v.rowOf, unit = v.unit, total = v.total, year = v.year;
  let n = 0;
  for (let a = 0; a < sc.n; a++) {
    const i2 = valid[a];
    const r = rowOf[i2];
    if (total[r]) {
      totals.push(i2);
      continue;
    }
    const u = unit[r];
    const k = (u * nI + ind[i2]) * nY + (year[i2] - y0);
    const prev = byKey.get(k);
    if (prev === void 0) {
      byKey.set(k, n);
      chI[n] = i2;
      chU[n++] = u;
      continue;
    }
    const p = chI[prev];
    if (value[p] !== value[i2]) {
      const rowP = v.fileRow[rowOf[p]], rowI = v.fileRow[r];
      rep.add("error", "duplicate_conflict", i2, v.column(i2), v.raw(i2), { other: rowP, otherValue: v.raw(p) });
      rep.add("error", "duplicate_conflict", p, v.column(p), v.raw(p), { other: rowI, otherValue: v.raw(i2) });
    }
  }
  ch2.n = n;
  return { ch: ch2, totals };
}
function poorAboveTotal(v, ch2, byKey, ind, value, poor, totalHh, nI, nY, y0, rep) {
  const chI = ch2.i, chU = ch2.u, year = v.year;
  for (let c = 0; c < ch2.n; c++) {
    const i2 = chI[c];
    if (poor[ind[i2]] !== 1) continue;
    const t = byKey.get((chU[c] * nI + totalHh) * nY + (year[i2] - y0));
    if (t === void 0) continue;
    const ti = chI[t];
    if (value[i2] > value[ti]) rep.add("error", "poor_exceeds_total", i2, v.column(i2), v.raw(i2), { poor: value[i2], total: value[ti], totalRow: v.fileRow[v.rowOf[ti]] });
  }
}

// src/ingest/issues.ts
function errorRows(issues) {
  return new Set(issues.filter((i2) => i2.severity === "error" && i2.row > 0).map((i2) => i2.row));
}
function errorCodesByRow(issues) {
  const reasons = /* @__PURE__ */ new Map();
  for (const i2 of issues) {
    if (i2.severity !== "error" || i2.row <= 0) continue;
    const list = reasons.get(i2.row);
    if (list) list.push(i2.code);
    else reasons.set(i2.row, [i2.code]);
  }
  return reasons;
}
var byRow = (a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);

// src/ingest/pipeline.ts
var SAMPLE_END = 40;
var PREVIEW_ROWS = 5;
function emptyResult(file) {
  return {
    file,
    ok: false,
    fatal: null,
    format: null,
    encoding: null,
    delimiter: null,
    sheets: [],
    headerRow: 0,
    headerRows: 1,
    headers: [],
    headerKey: "",
    guessedMapping: [],
    mapping: [],
    mappingWhy: [],
    preview: [],
    layout: null,
    titleRows: [],
    notes: [],
    totals: [],
    units: [],
    unitMatches: [],
    table: ObservationTable.empty(),
    targets: [],
    issues: [],
    rejected: [],
    dataRows: 0
  };
}
async function ingest(bytes, file, opts, known, progress) {
  const res = emptyResult(file);
  try {
    progress?.(0, "read");
    const limits = limitsOf(opts.limits);
    checkSize(bytes.length, limits);
    const sheet = await readSheet2(bytes, file, { ...opts, limits });
    Object.assign(res, { format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, sheets: sheet.sheets });
    checkGrid(sheet.grid, limits);
    progress?.(0.3, "parse");
    return build(res, sheet.grid, sheet.meta, opts, known, progress);
  } catch (e) {
    if (e instanceof LimitError) res.fatal = { code: e.code, message: e.message, params: { file, ...e.params } };
    else res.fatal = { code: "unreadable", message: e instanceof Error ? e.message : String(e) };
    res.ok = false;
    return res;
  }
}
function fileTarget(unit, id, year, value, file, row) {
  return { unit, indicator: id === "target_rate" ? "poverty_rate" : "poor_households", year, value, source: { kind: "file", file, row } };
}
function fail(res, code, message = code) {
  res.fatal = { code, message };
  res.ok = false;
  return res;
}
function build(res, grid, meta, opts, known, progress) {
  if (!grid.length || grid.every(isBlankRow)) return fail(res, "no_header", "empty file");
  const strRows = grid.slice(0, 40).map((r) => r.map((c) => cellText(c)));
  const block = findHeader(strRows, opts.headerRow && opts.headerRow >= 1 && opts.headerRow <= grid.length ? opts.headerRow - 1 : void 0);
  const h = block.row;
  const first = block.numbersRow !== null ? block.numbersRow + 1 : h + block.span;
  res.headerRow = h + 1;
  res.headerRows = block.span;
  res.headers = block.span === 1 ? (grid[h] ?? []).map((c) => cellText(c).trim()) : block.headers;
  res.headerKey = headerKey(res.headers);
  const sample = grid.slice(first, SAMPLE_END).filter((r) => !isBlankRow(r)).map((r) => r.map((c) => cellText(c)));
  res.preview = sample.slice(0, PREVIEW_ROWS);
  const decided = decideColumns(res.headers, sample);
  res.guessedMapping = decided.map((d2) => d2.role);
  const chosen = opts.mapping && opts.mapping.length === res.headers.length ? opts.mapping : null;
  res.mapping = chosen ? [...chosen] : res.guessedMapping;
  res.mappingWhy = decided.map((d2, c) => chosen && chosen[c] !== d2.role ? { kind: "chosen" } : d2.why);
  for (let r = 0; r < h; r++) if (!isBlankRow(grid[r])) res.titleRows.push({ row: r + 1, text: grid[r].map(cellText).filter((s) => s.trim()).join(" ") });
  const context = [...res.titleRows.map((t) => t.text), ...meta.values(), res.file];
  const lay = resolveLayout(res.mapping, context, { indicator: opts.indicator ?? null, year: opts.year ?? null });
  if ("fatal" in lay) return fail(res, lay.fatal);
  res.layout = lay.kind;
  if (block.numbersRow !== null) res.notes.push({ row: block.numbersRow + 1, text: grid[block.numbersRow].map(cellText).filter((x2) => x2.trim()).join(" ") });
  const valueCols = lay.values.map((v) => v.col);
  const hasValue = (row) => {
    for (const c of valueCols) if (filled(row[c])) return true;
    return false;
  };
  let lastData = first - 1;
  for (let r = grid.length - 1; r >= first; r--) if (hasValue(grid[r])) {
    lastData = r;
    break;
  }
  const dataRows = [];
  for (let r = first; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) continue;
    if (r > lastData || !hasValue(row) && isNoteLabel(cellText(row.find(filled) ?? null))) {
      res.notes.push({ row: r + 1, text: row.map(cellText).filter((s) => s.trim()).join(" ") });
    } else dataRows.push(r);
  }
  res.dataRows = dataRows.length;
  const { values, unitMatches, units, unitIssues } = collect(res.file, res.headers, grid, dataRows, lay, opts, known, progress);
  res.unitMatches = unitMatches;
  res.units = units;
  progress?.(0.7, "check");
  const scale = new Set(opts.scalePercent ?? []);
  const checked = runChecks(res.file, values, scale, known, res.units);
  for (const issue of unitIssues) res.issues.push(issue);
  for (const issue of checked.issues) res.issues.push(issue);
  const parent = checked.totals.find((t) => t.parent)?.parent ?? null;
  if (parent) res.units = res.units.map((u) => ({ ...u, parent }));
  res.totals = checked.totals;
  const rejectedRows = errorRows(checked.issues);
  const b = new TableBuilder(values.n);
  const prov = { kind: "imported", source: res.file };
  const { accepted } = checked;
  const isTarget = values.indicators.ids.map((id) => describeIndicator(id).isTarget === true);
  const unitIn = new Int32Array(values.units.length).fill(-1);
  const indIn = new Int32Array(values.indicators.ids.length).fill(-1);
  let provIn = -1;
  for (let a = 0; a < accepted.n; a++) {
    const i2 = accepted.i[a];
    const row = values.fileRow[values.rowOf[i2]];
    if (rejectedRows.size && rejectedRows.has(row)) continue;
    const k = checked.ind[i2];
    const u = accepted.unit[a];
    const year = values.year[i2];
    if (isTarget[k]) {
      const id = values.indicators.ids[k];
      res.targets.push(fileTarget(values.units[u], id, year, checked.value[i2], res.file, row));
      continue;
    }
    if (unitIn[u] === -1) unitIn[u] = b.unitIndex(values.units[u]);
    if (indIn[k] === -1) indIn[k] = b.indicatorIndex(values.indicators.ids[k]);
    if (provIn === -1) provIn = b.provenanceIndex(prov);
    b.addIndexed(unitIn[u], indIn[k], year, checked.value[i2], provIn, row);
  }
  res.table = b.build();
  const reasons = errorCodesByRow(checked.issues);
  for (const row of [...rejectedRows].sort((a, b22) => a - b22)) {
    res.rejected.push({ row, cells: (grid[row - 1] ?? []).map(cellText), reasons: reasons.get(row) ?? [] });
  }
  res.issues.sort(byRow);
  res.ok = !res.issues.some((i2) => i2.severity === "error");
  progress?.(1, "check");
  return res;
}

// src/ingest/streamScan.ts
var RowView = class {
  text = "";
  n = 0;
  start = new Int32Array(32);
  end = new Int32Array(32);
  /** Unescaped text of quoted fields (null for plain ones); only read when `quoted` is set. */
  unq = [];
  quoted = false;
  /** Set when the text may hold letters and their combining marks apart: `field` composes them (NFC). */
  nfc = false;
  /**
   * Set for a row of cells that were never text (JSON; `quoted` is set too): a text is in `unq`, a
   * number in `num` (its `unq` null: its text, String(x), is made only when asked for), NaN in
   * `num` for a field that is not a number.
   */
  typed = false;
  num = [];
  /** Field i as text (NFC). */
  field(i2) {
    const s = this.raw(i2);
    return this.nfc && hasMark(s) ? s.normalize("NFC") : s;
  }
  /** Field i as written in the text (what `is` and `hash` compare). */
  raw(i2) {
    if (i2 < 0 || i2 >= this.n) return "";
    if (this.quoted) {
      const u = this.unq[i2];
      if (u !== null && u !== void 0) return u;
      if (this.typed) return String(this.num[i2]);
    }
    return this.text.slice(this.start[i2], this.end[i2]);
  }
  /** Whether field i is exactly `s` (plain fields compare in place, without a slice). */
  is(i2, s) {
    if (i2 < 0 || i2 >= this.n) return s === "";
    if (this.quoted && this.unq[i2] !== null && this.unq[i2] !== void 0) return this.unq[i2] === s;
    const a = this.start[i2];
    const len = s.length;
    if (this.end[i2] - a !== len) return false;
    const t = this.text;
    for (let k = 0; k < len; k++) if (t.charCodeAt(a + k) !== s.charCodeAt(k)) return false;
    return true;
  }
  /** Plain field i's length (0 when the row has no field i). */
  width(i2) {
    return i2 < 0 || i2 >= this.n ? 0 : this.end[i2] - this.start[i2];
  }
  /** Copies plain field i's characters into `to` from `at`; returns how many. */
  copyChars(i2, to, at) {
    const n = this.width(i2);
    const a = this.start[i2];
    for (let k = 0; k < n; k++) to[at + k] = this.text.charCodeAt(a + k);
    return n;
  }
  /** Whether plain field i is the `len` characters of `chars` from `at` (no field i: len is 0). */
  isChars(i2, chars, at, len) {
    if (this.width(i2) !== len) return false;
    const a = this.start[i2];
    const t = this.text;
    for (let k = 0; k < len; k++) if (t.charCodeAt(a + k) !== chars[at + k]) return false;
    return true;
  }
  /** A hash of plain fields a and b (FNV-1a over their characters), for lookups without a string. */
  hash(a, b) {
    return this.mix(this.mix(2166136261, a), b) >>> 0;
  }
  mix(h, i2) {
    if (i2 >= 0 && i2 < this.n) for (let k = this.start[i2], e = this.end[i2]; k < e; k++) h = Math.imul(h ^ this.text.charCodeAt(k), 16777619);
    return Math.imul(h ^ 31, 16777619);
  }
  /** Whether field i has anything but spaces (a plain field starting with a digit is told in place). */
  filled(i2) {
    if (i2 >= this.n) return false;
    if (this.typed && this.unq[i2] === null) return true;
    const c = this.text.charCodeAt(this.start[i2]);
    if (!this.quoted && this.end[i2] > this.start[i2] && c >= 48 && c <= 57) return true;
    return this.raw(i2).trim() !== "";
  }
  /** Field i as a year when it is four plain ASCII digits, else -1. */
  year4(i2) {
    if (this.typed) {
      const x2 = this.num[i2];
      return i2 < this.n && this.unq[i2] === null && Number.isInteger(x2) && x2 >= 1e3 && x2 <= 9999 ? x2 : -1;
    }
    if (i2 >= this.n || this.quoted && this.unq[i2] !== null || this.end[i2] - this.start[i2] !== 4) return -1;
    let y = 0;
    for (let k = this.start[i2]; k < this.start[i2] + 4; k++) {
      const d2 = this.text.charCodeAt(k) - 48;
      if (d2 < 0 || d2 > 9) return -1;
      y = y * 10 + d2;
    }
    return y;
  }
  blank() {
    for (let i2 = 0; i2 < this.n; i2++) if (this.raw(i2).trim() !== "") return false;
    return true;
  }
  grow() {
    const s = new Int32Array(this.start.length * 2);
    s.set(this.start);
    const e = new Int32Array(this.end.length * 2);
    e.set(this.end);
    this.start = s;
    this.end = e;
  }
};
function hasMark(s) {
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c >= 768 && c <= 879) return true;
  }
  return false;
}
var BAD = -1;
function scanRows(text2, delim, final, row, onRow) {
  const n = text2.length;
  row.text = text2;
  let i2 = 0;
  while (i2 < n) {
    const rowStart = i2;
    let f = 0;
    row.quoted = false;
    for (; ; ) {
      if (f >= row.start.length) row.grow();
      let c = i2 < n ? text2.charCodeAt(i2) : -1;
      if (c === 34) {
        let j = i2 + 1;
        let seg = j;
        let out2 = "";
        for (; ; ) {
          const q = text2.indexOf('"', j);
          if (q < 0) return final ? BAD : rowStart;
          if (q + 1 >= n && !final) return rowStart;
          if (text2.charCodeAt(q + 1) === 34) {
            out2 += text2.slice(seg, q + 1);
            j = q + 2;
            seg = j;
            continue;
          }
          out2 += text2.slice(seg, q);
          i2 = q + 1;
          break;
        }
        row.unq[f] = out2;
        row.quoted = true;
        row.start[f] = i2;
        row.end[f] = i2;
        c = i2 < n ? text2.charCodeAt(i2) : -1;
        if (c !== delim && c !== 10 && c !== 13 && c !== -1) return BAD;
      } else {
        let j = i2;
        while (j < n) {
          c = text2.charCodeAt(j);
          if (c === delim || c === 10 || c === 13) break;
          j++;
        }
        if (j >= n) c = -1;
        row.start[f] = i2;
        row.end[f] = j;
        row.unq[f] = null;
        i2 = j;
      }
      f++;
      if (c === delim) {
        i2++;
        continue;
      }
      if (c === 10) {
        i2++;
        break;
      }
      if (c === 13) {
        if (i2 + 1 < n) {
          if (text2.charCodeAt(i2 + 1) !== 10) return BAD;
          i2 += 2;
          break;
        }
        if (!final) return rowStart;
        i2++;
        break;
      }
      if (!final) return rowStart;
      break;
    }
    row.n = f;
    if (!onRow(row)) return BAD;
  }
  return n;
}

// src/ingest/streamDecode.ts
var Fallback = class extends Error {
};
function bail3(why) {
  throw new Fallback(why);
}
function encodingOf(bytes, head) {
  let end = Math.min(bytes.length, head);
  while (end > 0 && end < bytes.length && bytes[end] >= 128) end--;
  return unicodeEncoding(bytes.subarray(0, end)) === "utf-8" ? "utf-8" : detectEncoding(bytes);
}
var ChunkReader = class {
  /** `atStart`: the bytes start the file (a BOM or U+FEFF there is dropped); not so for a later part. */
  constructor(bytes, encoding, atStart = true) {
    this.bytes = bytes;
    this.encoding = encoding;
    this.end = bytes.length;
    this.first = atStart;
    this.composed = encoding !== "windows-1258";
    if (encoding === "windows-1258") this.cp1258 = new TextDecoder("windows-1258");
    if (encoding === "utf-16le" || encoding === "utf-16be") {
      this.utf16 = new TextDecoder(encoding, { ignoreBOM: true });
      const bom = encoding === "utf-16le" ? [255, 254] : [254, 255];
      if (atStart && bytes.length >= 2 && bytes[0] === bom[0] && bytes[1] === bom[1]) this.pos = 2;
    }
    if (encoding === "utf-8") {
      this.utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      if (atStart && bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) this.pos = 3;
    }
  }
  bytes;
  encoding;
  done = false;
  /** Bytes read so far. */
  pos = 0;
  first = true;
  rest = "";
  // decoded, not yet normalised
  utf8;
  utf16;
  cp1258;
  /** Whether the text is NFC already (Windows-1258 text is not: see above). */
  composed;
  /** Where reading stops (the file's end, or the end of the part this reader reads: streamSplit.ts). */
  end;
  /**
   * `prefix` then the text of about `size` more bytes ('' is possible before the end). `prefix` is
   * the end of the text this reader gave last (the unfinished row).
   */
  /** Reads up to byte `end` (at a line's end), and no further until told. */
  limit(end) {
    this.end = end;
    this.done = this.pos >= end;
  }
  next(size, prefix = "") {
    const b = this.bytes;
    const to = Math.min(this.end, this.pos + size);
    const last = to >= this.end;
    let out2;
    if (this.cp1258) {
      if (prefix.length > this.pos) bail3("prefix");
      out2 = this.cp1258.decode(b.subarray(this.pos - prefix.length, to));
    } else {
      const part = b.subarray(this.pos, to);
      let raw = this.rest;
      try {
        raw += this.utf8 ? this.utf8.decode(part, { stream: !last }) : this.utf16 ? this.utf16.decode(part, { stream: !last }) : decode1252(part);
      } catch {
        bail3("invalid utf-8");
      }
      if (this.first && raw) {
        if (raw.charCodeAt(0) === 65279) raw = raw.slice(1);
        this.first = false;
      }
      const cut = last ? raw.length : raw.lastIndexOf("\n") + 1;
      out2 = prefix + raw.slice(0, cut).normalize("NFC");
      this.rest = raw.slice(cut);
    }
    this.pos = to;
    this.done = last;
    return out2;
  }
};
function eligible(bytes, file, opts) {
  if (bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75) bail3("zip");
  if (opts.format === "json") return "json";
  if (opts.format && opts.format !== "csv" && opts.format !== "tsv") bail3("format");
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === "xlsx" || ext === "xls") bail3("format");
  return ext === "json" && !opts.format ? "json" : "text";
}
function hasLines(text2, n) {
  const lines = text2.split(/\r\n|\n|\r/);
  lines.pop();
  return lines.filter((l) => l.trim() !== "").length >= n;
}

// src/ingest/streamPieces.ts
function readPieces(reader, text2, delim, view, onRow, steps, final, progress, total = 0) {
  const scan = (chunk, last) => {
    const end = scanRows(chunk, delim, last, view, onRow);
    if (end === BAD) bail3("scan");
    return chunk.slice(end);
  };
  let carry = scan(text2, reader.done && final);
  const step = reader.encoding === "windows-1258" ? Math.min(steps.piece, steps.chunk) : steps.chunk;
  let reported = reader.pos;
  while (!reader.done) {
    text2 = reader.next(step, carry);
    carry = scan(text2, reader.done && final);
    if (progress && (reader.pos - reported >= steps.chunk || reader.done)) {
      reported = reader.pos;
      progress(0.9 * (reader.pos / total), "parse");
    }
  }
  return carry;
}

// src/ingest/streamSplit.ts
var splitting = { min: 16 << 20, at: 0.5 };
var BYTE_LINES = /* @__PURE__ */ new Set(["utf-8", "windows-1258", "windows-1252"]);
function splitPoint(bytes, encoding, from) {
  if (bytes.length < splitting.min || !BYTE_LINES.has(encoding)) return -1;
  const lf = bytes.indexOf(10, Math.max(from, Math.floor(bytes.length * splitting.at)));
  return lf < 0 || lf + 1 >= bytes.length ? -1 : lf + 1;
}
function jsonCut(bytes) {
  if (bytes.length < splitting.min) return null;
  let i2 = 0;
  while (i2 < bytes.length && isSpace2(bytes[i2])) i2++;
  return bytes[i2] === 91 ? nextRecord(bytes, Math.floor(bytes.length * splitting.at), i2) : null;
}
function nextRecord(bytes, from, first = 0) {
  let k = from;
  for (let tries = 0; tries < 64; tries++) {
    k = bytes.indexOf(123, k + 1);
    if (k < 0) return null;
    let j = k - 1;
    while (j > first && isSpace2(bytes[j])) j--;
    if (bytes[j] !== 44) continue;
    let m = j - 1;
    while (m > first && isSpace2(bytes[m])) m--;
    if (bytes[m] === 125) return { end: j, start: k };
  }
  return null;
}
var isSpace2 = (b) => b === 32 || b === 10 || b === 13 || b === 9;
function within(answer, ms) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ stopped: "no answer" }), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
var patience = (firstMs) => Math.max(1e4, 8 * firstMs);

// src/ingest/streamMerge.ts
var lastSplit = { parts: 1 };
function mergeLater(plan, p) {
  lastSplit.parts = 2;
  const { body, memo, inds } = plan;
  const rows0 = body.fileRows;
  body.skipRows(p.fileRows);
  if (p.nRows) body.flushPending();
  const seen = [];
  for (let j = 0; j < p.units.length; j++) {
    const a = p.units[j];
    const s = memo.find(a.code, a.name, a.yearText) ?? memo.add(a.row + rows0, a.code, a.name, a.yearText, a.year, a.parent);
    s.hits += p.hits[j];
    seen.push(s);
  }
  const slot = p.slotKeys.map((k, j) => body.slots.of(k, p.labels[j]));
  const ind = p.inds.map((id) => inds.idx(id));
  const k0 = body.nRows, i0 = body.numbers.n;
  body.reserve(p.nRows, p.cells.n);
  copyRows(body, p, seen, slot, rows0, k0);
  copyValues(body.vInd, body.vYear, p, ind, i0);
  body.nRows += p.nRows;
  body.numbers.append(p.cells);
  const row = (t) => ({ ...t, row: t.row + rows0 });
  for (const [k, t] of p.totals) body.totals.set(k + k0, row(t));
  for (const [k, t] of p.unitless) body.unitless.set(k + k0, row(t));
  for (const [i2, t] of p.yearTexts) body.yearTexts.set(i2 + i0, t);
  for (const [i2, t] of p.missingRaw) body.missingRaw.set(i2 + i0, t);
  for (const i2 of p.unknownInd) body.unknownInd.add(i2 + i0);
  for (const n of p.notes) body.notes.push({ row: n.row + rows0, text: n.text });
  for (const t of p.pending) body.pending.push(row(t));
}
function copyRows(body, p, seen, slot, rows0, k0) {
  for (let r = 0; r < p.nRows; r++) {
    const s = p.rSeen[r], l = p.rLabel[r];
    const x2 = s >= 0 ? seen[s] : null;
    body.rFile[k0 + r] = p.rFile[r] + rows0;
    body.rUnit[k0 + r] = x2 ? x2.u : 0;
    body.rSeen[k0 + r] = x2 ? x2.idx : -1;
    body.rLabel[k0 + r] = l >= 0 ? slot[l] : -1;
  }
}
function copyValues(vInd, vYear, p, ind, i0) {
  for (let i2 = 0; i2 < p.cells.n; i2++) {
    vInd[i0 + i2] = ind[p.vInd[i2]];
    vYear[i0 + i2] = p.vYear[i2];
  }
}

// src/ingest/streamRejected.ts
function rejectedOf(rows2, issues, bytes, encoding, delim) {
  const reasons = errorCodesByRow(issues);
  const cells = cellsOf(rows2, bytes, encoding, delim);
  return [...rows2].sort((a, b) => a - b).map((row) => ({ row, cells: cells.get(row) ?? [], reasons: reasons.get(row) ?? [] }));
}
function cellsOf(rows2, bytes, encoding, delim) {
  if (encoding === "utf-16le" || encoding === "utf-16be") return cellsByScan(rows2, bytes, encoding, delim);
  const want = [...rows2].sort((a, b) => a - b);
  const out2 = /* @__PURE__ */ new Map();
  const ends = new RowEnds(bytes);
  let pos = 0;
  for (let row = 1, w = 0; w < want.length && pos <= bytes.length; row++) {
    const end = ends.after(pos);
    if (row === want[w]) {
      out2.set(row, cellsOfRow(bytes.subarray(pos, end), encoding, delim));
      w++;
    }
    pos = end + 1;
  }
  return out2;
}
var RowEnds = class {
  constructor(b) {
    this.b = b;
    this.nextQuote = b.indexOf(34);
  }
  b;
  nextQuote;
  /** The line feed ending the row that starts at `from` (or the end of the bytes). */
  after(from) {
    const b = this.b;
    let quoted = false;
    for (let at = from; ; ) {
      const nl = b.indexOf(10, at);
      const stop = nl < 0 ? b.length : nl;
      while (this.nextQuote >= 0 && this.nextQuote < stop) {
        quoted = !quoted;
        this.nextQuote = b.indexOf(34, this.nextQuote + 1);
      }
      if (!quoted || nl < 0) return stop;
      at = nl + 1;
    }
  }
};
function cellsByScan(rows2, bytes, encoding, delim) {
  const out2 = /* @__PURE__ */ new Map();
  const reader = new ChunkReader(bytes, encoding);
  const view = new RowView();
  view.nfc = !reader.composed;
  let row = 0;
  scanRows(reader.next(bytes.length), delim, true, view, (r) => {
    if (rows2.has(++row)) out2.set(row, Array.from({ length: r.n }, (_, i2) => r.field(i2)));
    return true;
  });
  return out2;
}
function cellsOfRow(bytes, encoding, delim) {
  const reader = new ChunkReader(bytes, encoding);
  const view = new RowView();
  view.nfc = !reader.composed;
  let cells = [];
  const text2 = reader.next(bytes.length);
  if (scanRows(text2, delim, true, view, (r) => {
    cells = Array.from({ length: r.n }, (_, i2) => r.field(i2));
    return false;
  }) === BAD && !cells.length) bail3("scan");
  return cells;
}

// src/ingest/streamValues.ts
var NONE = { decimal: ".", thousands: "" };
var AS_TEXT = 1;
var BLANK = 2;
var TYPED = 3;
var GROUP = 128;
var NumberCells = class {
  constructor(columns, cap, mem = fresh) {
    this.columns = columns;
    this.mem = mem;
    this.digits = mem.f64(cap);
    this.frac = mem.u8(cap);
    this.sep = mem.u8(cap);
    this.group = mem.u8(cap);
    this.slot = mem.u16(cap);
    this.votes = new Int32Array(columns * 2 * 5);
    this.seen = new Uint8Array(columns * 2);
  }
  columns;
  mem;
  n = 0;
  digits;
  frac;
  sep;
  /** Per value: GROUP when it is 1–3 digits, the separator, 3 digits (a decimal, or one group of thousands), and its digits before the separator. */
  group;
  /** Per value: its vote slot, value column × 2 + (count ? 1 : 0). */
  slot;
  votes;
  seen;
  /** Cells kept as text, by index (few: a file of plain numbers has none). */
  texts = /* @__PURE__ */ new Map();
  /** After values(): the cells kept as text that read as missing or invalid, and those with a percent sign. */
  textMissing = [];
  textInvalid = [];
  textPercent = [];
  /** After values(): each slot's decimal separator. */
  decimal = new Uint8Array(0);
  /** Reads text[s, e) (a filled cell of value column `col`, for an indicator of `kind`). */
  push(text2, s, e, col, kind) {
    let m = 0, digits = 0, frac = 0, sep = 0, at = -1;
    for (let i2 = s; i2 < e; i2++) {
      const c = text2.charCodeAt(i2);
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
        if (sep) frac++;
      } else if ((c === 46 || c === 44) && !sep) {
        sep = c;
        at = i2;
      } else return this.pushText(text2.slice(s, e), col, kind);
    }
    if (digits === 0 || digits > 15 || sep && (at === s || at === e - 1)) return this.pushText(text2.slice(s, e), col, kind);
    const slot = col * 2 + (kind === "count" ? 1 : 0);
    let vote = Vote.None;
    const ambiguous = sep !== 0 && digits - frac <= 3 && frac === 3;
    if (sep) {
      vote = sep === 46 ? ambiguous ? Vote.AmbiguousDot : Vote.DotDecimal : ambiguous ? Vote.AmbiguousComma : Vote.CommaDecimal;
    }
    this.votes[slot * 5 + vote]++;
    this.seen[slot] = 1;
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = m;
    this.frac[k] = frac;
    this.sep[k] = sep;
    this.slot[k] = slot;
    this.group[k] = (ambiguous ? GROUP : 0) | digits - frac;
  }
  /**
   * After values(): cell k as written, for a message that quotes it (undefined for a blank cell).
   * A plain cell is its digits and at most one separator, so it is made again from its number.
   */
  textOf(k) {
    const sep = this.sep[k];
    if (sep === AS_TEXT) return this.texts.get(k);
    if (sep === BLANK) return void 0;
    if (sep === TYPED) return String(this.digits[k]);
    const f = this.frac[k];
    const x2 = this.digits[k];
    const m = !f || sep !== this.decimal[this.slot[k]] ? x2 : Math.round(x2 * 10 ** f);
    const all = String(m).padStart((this.group[k] & ~GROUP) + f, "0");
    return f ? `${all.slice(0, all.length - f)}${String.fromCharCode(sep)}${all.slice(all.length - f)}` : all;
  }
  /** A number that was never text (a JSON number): no vote, read as it is, quoted as String(x) writes it. */
  pushNumber(x2, col) {
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = x2;
    this.frac[k] = 0;
    this.sep[k] = TYPED;
    this.slot[k] = col * 2;
    this.group[k] = 0;
  }
  /** A cell that is not plain digits: kept as text (NFC, as the pipeline's text is). */
  pushText(cell, col, kind) {
    const raw = cell.normalize("NFC");
    const slot = col * 2 + (kind === "count" ? 1 : 0);
    this.votes[slot * 5 + styleVote(raw)]++;
    this.seen[slot] = 1;
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = NaN;
    this.frac[k] = 0;
    this.sep[k] = AS_TEXT;
    this.slot[k] = slot;
    this.group[k] = 0;
    this.texts.set(k, raw);
  }
  /**
   * A blank cell (read as missing): a vote for no style when the row has the cell at all, as
   * collect.ts counts it; its number is NaN.
   */
  missing(col, kind, present) {
    const slot = col * 2 + (kind === "count" ? 1 : 0);
    if (present) {
      this.votes[slot * 5 + Vote.None]++;
      this.seen[slot] = 1;
    }
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = NaN;
    this.frac[k] = 0;
    this.sep[k] = BLANK;
    this.slot[k] = slot;
    this.group[k] = 0;
  }
  /**
   * Every cell's number, in its column's style, written over the kept digits (a view of the same
   * memory, not a copy: 8 bytes a cell less of fresh memory). No cell may be added after.
   */
  values() {
    const decimal2 = new Uint8Array(this.columns * 2);
    const thousands = new Uint8Array(this.columns * 2);
    const styles = [];
    for (let slot = 0; slot < decimal2.length; slot++) {
      const style = this.seen[slot] ? styleFromVotes(this.votes.subarray(slot * 5, slot * 5 + 5), slot % 2 ? "count" : "rate") : NONE;
      styles.push(style);
      decimal2[slot] = style.decimal.charCodeAt(0);
      thousands[slot] = style.thousands ? style.thousands.charCodeAt(0) : 0;
    }
    this.decimal = decimal2;
    const out2 = this.digits;
    for (let k = 0; k < this.n; k++) {
      const sep = this.sep[k];
      if (sep === AS_TEXT || sep === BLANK || sep === TYPED) continue;
      const slot = this.slot[k];
      if (sep && sep !== decimal2[slot]) {
        if (sep === thousands[slot] && this.group[k] & GROUP) continue;
        this.texts.set(k, this.textOf(k));
        this.sep[k] = AS_TEXT;
        continue;
      }
      const f = this.frac[k];
      if (f) out2[k] = out2[k] / 10 ** f;
    }
    for (const [k, raw] of this.texts) {
      const p = parseCell(raw, styles[this.slot[k]]);
      out2[k] = p.kind === "number" ? p.value : NaN;
      if (p.kind === "invalid") this.textInvalid.push(k);
      else if (p.kind === "missing") this.textMissing.push(k);
      else if (p.percent) this.textPercent.push(k);
    }
    return out2.subarray(0, this.n);
  }
  /**
   * After values(): the other per-cell columns of collect.ts's Values (the cells' own bookkeeping
   * stays: textOf reads it): each cell's value column (every row has `columns` cells, so cell k is
   * column k % columns), its kind (`number`, or `missing` or `invalid` for a cell kept as text that
   * reads so; the caller marks the blank ones), its percent sign, indicator found.
   */
  layout(number, missing, invalid) {
    const n = this.n, cols = this.columns;
    const vcol = this.mem.u16(n);
    for (let k = 0, c = 0; k < n; k++) {
      vcol[k] = c;
      if (++c === cols) c = 0;
    }
    const kind = this.mem.u8(n).fill(number);
    const percent = this.mem.u8(n);
    for (const k of this.textMissing) kind[k] = missing;
    for (const k of this.textInvalid) kind[k] = invalid;
    for (const k of this.textPercent) percent[k] = 1;
    return { vcol, kind, percent, indOk: this.mem.u8(n).fill(1) };
  }
  /** The cells read so far, for another reader to append (streamMerge.ts): arrays cut to `n`. */
  state() {
    const n = this.n;
    return {
      n,
      digits: this.digits.subarray(0, n),
      frac: this.frac.subarray(0, n),
      sep: this.sep.subarray(0, n),
      group: this.group.subarray(0, n),
      slot: this.slot.subarray(0, n),
      votes: this.votes,
      seen: this.seen,
      texts: [...this.texts]
    };
  }
  /** Appends the cells of another reader of the same columns (the file's next part): they vote with these. */
  append(o) {
    while (this.n + o.n > this.digits.length) this.grow();
    const k = this.n;
    this.digits.set(o.digits, k);
    this.frac.set(o.frac, k);
    this.sep.set(o.sep, k);
    this.group.set(o.group, k);
    this.slot.set(o.slot, k);
    for (let v = 0; v < this.votes.length; v++) this.votes[v] += o.votes[v];
    for (let v = 0; v < this.seen.length; v++) this.seen[v] |= o.seen[v];
    for (const [i2, t] of o.texts) this.texts.set(k + i2, t);
    this.n += o.n;
  }
  grow() {
    const cap = this.digits.length * 2 + 16;
    const g = (a, b) => {
      b.set(a);
      return b;
    };
    const mem = this.mem;
    this.digits = g(this.digits, mem.f64(cap));
    this.frac = g(this.frac, mem.u8(cap));
    this.sep = g(this.sep, mem.u8(cap));
    this.slot = g(this.slot, mem.u16(cap));
    this.group = g(this.group, mem.u8(cap));
  }
};

// src/ingest/streamRows.ts
var UnitMemo = class {
  constructor(resolver) {
    this.resolver = resolver;
  }
  resolver;
  /** Unit codes by index; 0 is '' (a total row's unit), as in collect.ts. */
  units = [""];
  all = objects();
  /** Whether a unit's rows have an error (skipped, out of time, ambiguous, a breakdown). */
  anyError = false;
  // By unit code and by the file's code: 10,000 of each in a commune file (StrMap: no large tables).
  at = new StrMap().set("", 0);
  free = new StrMap();
  perYear = /* @__PURE__ */ new Map();
  /**
   * Set on the reader of a file's later part (streamSplit.ts): what `add` was given for each unit,
   * in order, for the first part's reader to add them in turn (its resolver decides what they are).
   */
  log = null;
  /** The unit already resolved for this code and name (and year text), its hit counted. */
  find(code, name, yearText) {
    const e = this.free.get(code);
    let s = e === void 0 ? void 0 : e instanceof Map ? e.get(name) : e.name === name ? e : void 0;
    if (!s && this.perYear.size) s = this.perYear.get(`${code}${name}${yearText}`);
    if (s) s.hits++;
    return s;
  }
  /** Resolves a unit met for the first time; a unit whose rows are errors (skipped, ambiguous…) keeps that error in `err`. */
  add(row, code, name, yearText, year, parent) {
    this.log?.push({ row, code, name, yearText, year, parent });
    const m = this.resolver.resolve(row, code, name, year, parent);
    const c = m.code ?? "";
    let u = this.at.get(c);
    if (u === void 0) {
      u = this.units.length;
      this.units.push(c);
      this.at.set(c, u);
    }
    const free2 = this.resolver.yearFree(code, name);
    const s = { m, u, hits: 0, code, name, idx: this.all.length, free: free2, err: errorOf(m) };
    if (s.err) this.anyError = true;
    this.all.push(s);
    if (free2) {
      const e = this.free.get(code);
      if (e === void 0) this.free.set(code, s);
      else if (e instanceof Map) e.set(name, s);
      else this.free.set(code, /* @__PURE__ */ new Map([[e.name, e], [name, s]]));
    } else this.perYear.set(`${code}${name}${yearText}`, s);
    return s;
  }
  // A row whose code and name cells are exactly those of a year-free unit met before is that unit:
  // most rows repeat a unit, and this finds it without a string or a trim (hashed, compared in place).
  byCells = new IntMap(1024);
  // Each remembered unit's code and name cells, their characters one after the other in `chars`:
  // per unit index, where they start and each one's length (-1: not remembered). Compared with a
  // row's text, this reads one string, not two: cells kept as slices of their chunk's text made the
  // comparison ~2x slower (Chromium worker profile, legacy file).
  chars = new Uint16Array(1 << 14);
  nChars = 0;
  cellAt = new Int32Array(1024).fill(-1);
  codeLen = new Int32Array(1024);
  nameLen = new Int32Array(1024);
  last = null;
  /** Whether the last row's unit was found as the one that followed the row before's. */
  moved = false;
  /**
   * The unit whose row followed each unit's row last time (by index, -1 for none): a file ordered
   * year by year lists its units in the same order every year, so the next row's unit is that one.
   */
  nextOf = new Int32Array(1024).fill(-1);
  sameCells(r, codeCol, nameCol, i2) {
    const at = this.cellAt[i2];
    if (at < 0) return false;
    const n = this.codeLen[i2];
    return r.isChars(codeCol, this.chars, at, n) && r.isChars(nameCol, this.chars, at + n, this.nameLen[i2]);
  }
  growUnits(i2) {
    const n = Math.max(i2 + 1, 2 * this.cellAt.length);
    const at = new Int32Array(n).fill(-1);
    at.set(this.cellAt);
    this.cellAt = at;
    const c = new Int32Array(n);
    c.set(this.codeLen);
    this.codeLen = c;
    const m = new Int32Array(n);
    m.set(this.nameLen);
    this.nameLen = m;
  }
  follow(s) {
    const last = this.last;
    if (last) {
      if (last.idx >= this.nextOf.length) {
        const a = new Int32Array(this.nextOf.length * 2).fill(-1);
        a.set(this.nextOf);
        this.nextOf = a;
      }
      this.nextOf[last.idx] = s.idx;
    }
    this.last = s;
  }
  inPlace(r, codeCol, nameCol) {
    if (r.quoted) return r.typed ? this.sameTyped(r, codeCol, nameCol) : void 0;
    const last = this.last;
    if (last) {
      const next = last.idx < this.nextOf.length ? this.nextOf[last.idx] : -1;
      if (!this.moved && this.sameCells(r, codeCol, nameCol, last.idx)) {
        last.hits++;
        return last;
      }
      if (next >= 0 && this.sameCells(r, codeCol, nameCol, next)) {
        const s2 = this.all[next];
        s2.hits++;
        this.last = s2;
        this.moved = true;
        return s2;
      }
      if (this.moved && this.sameCells(r, codeCol, nameCol, last.idx)) {
        last.hits++;
        this.moved = false;
        return last;
      }
    }
    this.moved = false;
    const i2 = this.byCells.get(r.hash(codeCol, nameCol));
    if (i2 === void 0 || !this.sameCells(r, codeCol, nameCol, i2)) return void 0;
    const s = this.all[i2];
    s.hits++;
    this.follow(s);
    return s;
  }
  // A JSON row's unit: the last row's when its code and name texts are the same (rows of a unit come together).
  typedLast = null;
  typedCode = "";
  typedName = "";
  sameTyped(r, codeCol, nameCol) {
    const s = this.typedLast;
    if (s === null || r.raw(codeCol) !== this.typedCode || r.raw(nameCol) !== this.typedName) return void 0;
    s.hits++;
    return s;
  }
  /** Lets `inPlace` find unit `s` by this row's cells. */
  remember(r, codeCol, nameCol, s) {
    if (r.typed && s.free) {
      this.typedLast = s;
      this.typedCode = r.raw(codeCol);
      this.typedName = r.raw(nameCol);
    }
    if (r.quoted || !s.free) return;
    this.byCells.set(r.hash(codeCol, nameCol), s.idx);
    const i2 = s.idx;
    if (i2 >= this.cellAt.length) this.growUnits(i2);
    const need = this.nChars + r.width(codeCol) + r.width(nameCol);
    if (need > this.chars.length) {
      const c = new Uint16Array(Math.max(need, 2 * this.chars.length));
      c.set(this.chars);
      this.chars = c;
    }
    this.cellAt[i2] = this.nChars;
    this.codeLen[i2] = r.copyChars(codeCol, this.chars, this.nChars);
    this.nChars += this.codeLen[i2];
    this.nameLen[i2] = r.copyChars(nameCol, this.chars, this.nChars);
    this.nChars += this.nameLen[i2];
    this.follow(s);
  }
  /** Each match's row count, as collect.ts leaves it (the resolver counted each first row). */
  finish() {
    for (const s of this.all) s.m.rows += s.hits;
  }
};
var noteText = (cells) => cells.filter((s) => s.trim()).join(" ");
function flushValueless(pending, notes) {
  for (const p of pending) notes.push({ row: p.row, text: noteText(p.cells) });
  pending.length = 0;
}

// src/ingest/streamLabels.ts
var LabelSlots = class {
  constructor(inds) {
    this.inds = inds;
  }
  inds;
  /** Each distinct indicator cell, trimmed (NFC). */
  labels = [];
  /** Each slot's indicator (index into the reader's Indicators), -1 when the cell names none. */
  ind = [];
  /** Each slot by its cell as written (a row's raw cell, or a kept row's text). */
  slotOf = /* @__PURE__ */ new Map();
  // The first cells as written, compared in place (a long file repeats a few labels).
  seen = [];
  seenSlot = [];
  /** Row r's cell in column `col`. */
  ofRow(r, col) {
    for (let k = 0; k < this.seen.length; k++) if (r.is(col, this.seen[k])) return this.seenSlot[k];
    const raw = r.raw(col);
    let slot = this.slotOf.get(raw);
    if (slot === void 0) {
      this.slotOf.set(raw, slot = this.add(r.field(col)));
      if (this.seen.length < 32) {
        this.seen.push(raw);
        this.seenSlot.push(slot);
      }
    }
    return slot;
  }
  /** A cell written `key` whose text is `text` (a row kept as text has key = text). */
  of(key, text2 = key) {
    let slot = this.slotOf.get(key);
    if (slot === void 0) this.slotOf.set(key, slot = this.add(text2));
    return slot;
  }
  /** Each distinct cell as written, in the order of `labels`. */
  keys() {
    return [...this.slotOf.keys()];
  }
  add(text2) {
    const label = text2.trim();
    this.labels.push(label);
    const id = indicatorOf(label) ?? customIndicatorId(label);
    this.ind.push(id === null ? -1 : this.inds.idx(id));
    return this.labels.length - 1;
  }
};

// src/ingest/streamBody.ts
var trimmed = (r, c) => c >= 0 ? r.field(c).trim() : "";
var FALLBACK = 0;
var UNKNOWN = -1;
var isTotal = (s) => s !== "" && isTotalLabel(s);
var BodyRows = class {
  constructor(plan, limits, memo, inds, numbers, mem, rowCap) {
    this.plan = plan;
    this.limits = limits;
    this.memo = memo;
    this.inds = inds;
    this.numbers = numbers;
    this.mem = mem;
    this.lay = plan.lay;
    this.slots = new LabelSlots(inds);
    this.valueCols = plan.lay.values.map((v) => v.col);
    this.nv = this.valueCols.length;
    this.needsRowYear = plan.colYear.some((y) => y === null);
    this.rowCap = rowCap;
    this.valCap = rowCap * this.nv;
    this.rFile = mem.i32(rowCap);
    this.rUnit = mem.i32(rowCap);
    this.rSeen = mem.i32(rowCap);
    this.rLabel = mem.i32(rowCap);
    this.vInd = mem.i32(this.valCap);
    this.vYear = mem.f64(this.valCap);
  }
  plan;
  limits;
  memo;
  inds;
  numbers;
  mem;
  // Per data row: file row, unit, its distinct unit (index into memo.all; -1 for a total row). Per value: indicator, year.
  rFile;
  rUnit;
  rSeen;
  vInd;
  vYear;
  nRows = 0;
  totals = /* @__PURE__ */ new Map();
  // data row → its text
  /** Data rows naming no unit (an error: missing_unit). */
  unitless = /* @__PURE__ */ new Map();
  /** Values whose year the checks refuse: the year as the row gives it (what their message quotes). */
  yearTexts = /* @__PURE__ */ new Map();
  pending = objects();
  notes = objects();
  /** Each data row's indicator cell: an index into `slots.labels` (-1 without an indicator column). */
  rLabel;
  slots;
  missingRaw = /* @__PURE__ */ new Map();
  /**
   * Values whose indicator cell names no indicator (blank, or a label that makes no id).
   * collect.ts gives them its fallback indicator and marks them not found; the checks reject their
   * rows (unknown_indicator, quoting the row's cell from `slots`).
   */
  unknownInd = /* @__PURE__ */ new Set();
  fileRow = 0;
  rowCap;
  valCap;
  yearRaw = /* @__PURE__ */ new Map();
  valueCols;
  nv;
  needsRowYear;
  lay;
  row(r) {
    const { limits, lay } = this;
    const nv = this.nv;
    const fileRow = ++this.fileRow;
    if (fileRow > limits.maxRows || r.n > limits.maxColumns || r.end[r.n - 1] - r.start[0] > limits.maxLineChars) bail3("limit");
    if (fileRow <= this.plan.headerRows) return true;
    let filled3 = 0;
    for (let c = 0; c < nv; c++) if (r.filled(this.valueCols[c])) filled3++;
    if (filled3 === 0) {
      if (!r.blank()) this.pending.push({ row: fileRow, cells: Array.from({ length: r.n }, (_, i2) => r.field(i2)), code: "", name: "" });
      return true;
    }
    if (this.pending.length) this.flushPending();
    const k = this.newRow(fileRow);
    const s = this.unitOf(r, k, fileRow);
    this.rUnit[k] = s ? s.u : 0;
    this.rSeen[k] = s ? s.idx : -1;
    const slot = lay.indicatorCol >= 0 ? this.slots.ofRow(r, lay.indicatorCol) : -1;
    this.rLabel[k] = slot;
    const rowInd = slot >= 0 ? this.slots.ind[slot] : -1;
    const rowYear = this.needsRowYear ? this.rowYearOf(r) : null;
    const numbers = this.numbers;
    const kinds = this.inds.kinds;
    for (let c = 0; c < nv; c++) {
      const i2 = numbers.n;
      const found = this.valueAt(i2, c, rowInd, rowYear);
      if (found === UNKNOWN) this.unknownInd.add(i2);
      const ind = found === UNKNOWN ? FALLBACK : found;
      if (this.yearRefused(i2)) this.yearTexts.set(i2, this.yearTextOf(c, lay.yearCol >= 0 ? trimmed(r, lay.yearCol) : ""));
      const col = this.valueCols[c];
      if (filled3 < nv && !r.filled(col)) {
        this.missingRaw.set(i2, r.field(col));
        numbers.missing(c, kinds[ind], col < r.n);
        continue;
      }
      const u = r.quoted ? r.unq[col] : null;
      if (u !== null && u !== void 0) numbers.push(u, 0, u.length, c, kinds[ind]);
      else if (r.typed) numbers.pushNumber(r.num[col], c);
      else numbers.push(r.text, r.start[col], r.end[col], c, kinds[ind]);
    }
    return true;
  }
  /** A new data row (file row `fileRow`): its index. */
  newRow(fileRow) {
    if (this.nRows === this.rowCap) this.growRows();
    if (this.numbers.n + this.nv > this.valCap) this.growValues();
    const k = this.nRows++;
    this.rFile[k] = fileRow;
    return k;
  }
  /**
   * Value i, of value column c: its indicator and year written; the indicator returned, UNKNOWN
   * when none is found (collect.ts's fallback indicator is written, as it writes it).
   */
  valueAt(i2, c, rowInd, rowYear) {
    const { colInd, colYear, defaultInd } = this.plan;
    const found = colInd[c] >= 0 ? colInd[c] : this.lay.indicatorCol >= 0 ? rowInd : defaultInd;
    const ind = found >= 0 ? found : FALLBACK;
    const year = colYear[c] ?? rowYear;
    this.vInd[i2] = ind;
    this.vYear[i2] = year ?? NaN;
    return found >= 0 ? ind : UNKNOWN;
  }
  /** Whether value i's year is one the checks refuse (bad_year, no_single_year). */
  yearRefused(i2) {
    const y = this.vYear[i2];
    return !(y >= 1900 && y <= 2100 && Number.isInteger(y));
  }
  /** Value column c's year as collect.ts quotes it: the column's own, else the row's year cell, else the file's. */
  yearTextOf(c, cell) {
    const y = this.plan.colYear[c];
    return y !== null && y !== void 0 ? String(y) : this.lay.yearCol >= 0 ? cell : String(this.lay.defaultYear ?? "");
  }
  /**
   * Rows without values met before this data row: a note when its first filled cell says so, else
   * a data row whose values are all missing (pipeline.ts: only rows after the last value are notes).
   */
  flushPending() {
    for (const p of this.pending) {
      if (isNoteLabel(p.cells.find((c) => c.trim() !== "") ?? "")) {
        this.notes.push({ row: p.row, text: noteText(p.cells) });
        continue;
      }
      const { codeCol, nameCol, yearCol, parentCol } = this.lay;
      const cell = (c) => c >= 0 ? p.cells[c] ?? "" : "";
      const code = cell(codeCol).trim(), name = cell(nameCol).trim(), yt = cell(yearCol).trim();
      const k = this.newRow(p.row);
      let s = this.memo.find(code, name, yt);
      if (!s && (isTotal(name) || !name && isTotal(code))) this.totals.set(k, { row: p.row, cells: p.cells, code, name });
      else if (!s && !(name || code)) this.unitless.set(k, { row: p.row, cells: [], code, name });
      else s ??= this.memo.add(p.row, code, name, yt, yearCol >= 0 ? Number(yt) : this.lay.defaultYear, cell(parentCol).trim());
      this.rUnit[k] = s ? s.u : 0;
      this.rSeen[k] = s ? s.idx : -1;
      const slot = this.lay.indicatorCol >= 0 ? this.slots.of(cell(this.lay.indicatorCol)) : -1;
      this.rLabel[k] = slot;
      const rowInd = slot >= 0 ? this.slots.ind[slot] : -1;
      const rowYear = !this.needsRowYear ? null : yearCol < 0 ? this.lay.defaultYear : this.yearOfText(cell(yearCol));
      for (let c = 0; c < this.nv; c++) {
        const i2 = this.numbers.n;
        let ind = this.valueAt(i2, c, rowInd, rowYear);
        if (ind === UNKNOWN) {
          this.unknownInd.add(i2);
          ind = FALLBACK;
        }
        if (this.yearRefused(i2)) this.yearTexts.set(i2, this.yearTextOf(c, yt));
        const col = this.valueCols[c];
        this.missingRaw.set(i2, cell(col));
        this.numbers.missing(c, this.inds.kinds[ind], col < p.cells.length);
      }
    }
    this.pending.length = 0;
  }
  /** The row's unit (resolved once per distinct unit); undefined for a total row, kept as text. */
  unitOf(r, k, fileRow) {
    const { memo, lay } = this;
    const { codeCol, nameCol, yearCol } = lay;
    let s = memo.inPlace(r, codeCol, nameCol);
    if (s) return s;
    const code = trimmed(r, codeCol);
    const name = trimmed(r, nameCol);
    const yt = yearCol >= 0 ? trimmed(r, yearCol) : "";
    s = memo.find(code, name, yt);
    if (!s && (isTotal(name) || !name && isTotal(code))) {
      this.totals.set(k, { row: fileRow, cells: Array.from({ length: r.n }, (_, i2) => r.field(i2)), code, name });
      return void 0;
    }
    if (!s) {
      if (!(name || code)) {
        this.unitless.set(k, { row: fileRow, cells: [], code, name });
        return void 0;
      }
      s = memo.add(fileRow, code, name, yt, yearCol >= 0 ? Number(yt) : lay.defaultYear, trimmed(r, lay.parentCol));
    }
    memo.remember(r, codeCol, nameCol, s);
    return s;
  }
  rowYearOf(r) {
    const { yearCol } = this.lay;
    if (yearCol < 0) return this.lay.defaultYear;
    const y4 = r.year4(yearCol);
    return y4 >= 0 ? y4 : this.yearOfText(r.field(yearCol));
  }
  yearOfText(raw) {
    let y = this.yearRaw.get(raw);
    if (y === void 0) {
      y = parseYearText(raw);
      this.yearRaw.set(raw, y);
    }
    return y;
  }
  /** File rows read so far (data or not). */
  get fileRows() {
    return this.fileRow;
  }
  /** Counts `n` more file rows, read by another reader (streamMerge.ts). */
  skipRows(n) {
    this.fileRow += n;
    if (this.fileRow > this.limits.maxRows) bail3("limit");
  }
  /** Room for `rows` more data rows and `values` more values. */
  reserve(rows2, values) {
    while (this.nRows + rows2 > this.rowCap) this.growRows();
    while (this.numbers.n + values > this.valCap) this.growValues();
  }
  growRows() {
    this.rowCap *= 2;
    const g = (a) => {
      const b = this.mem.i32(this.rowCap);
      b.set(a);
      return b;
    };
    this.rFile = g(this.rFile);
    this.rUnit = g(this.rUnit);
    this.rSeen = g(this.rSeen);
    this.rLabel = g(this.rLabel);
  }
  growValues() {
    this.valCap *= 2;
    const a = this.mem.i32(this.valCap);
    a.set(this.vInd);
    this.vInd = a;
    const b = this.mem.f64(this.valCap);
    b.set(this.vYear);
    this.vYear = b;
  }
};

// src/ingest/streamPlan.ts
function planBody(head, file, context, opts, known, limits, mem, rowCap, later = false) {
  while (head.length && head[head.length - 1].every((c) => c === "")) head.pop();
  if (!head.length) bail3("empty");
  const forced = opts.headerRow ? opts.headerRow - 1 : void 0;
  if (forced !== void 0 && (forced < 0 || forced >= head.length)) bail3("options");
  const block = findHeader(head, forced);
  const h = block.row;
  const first = block.numbersRow !== null ? block.numbersRow + 1 : h + block.span;
  const headers = block.span === 1 ? (head[h] ?? []).map((c) => c.trim()) : block.headers;
  const sample = head.slice(first).filter((r) => r.some((c) => c.trim() !== ""));
  const numbersNote = block.numbersRow !== null ? { row: block.numbersRow + 1, text: noteText(head[block.numbersRow] ?? []) } : null;
  const decided = decideColumns(headers, sample);
  const guessed = decided.map((d2) => d2.role);
  const chosen = opts.mapping && opts.mapping.length === headers.length ? opts.mapping : null;
  const mapping = chosen ? [...chosen] : guessed;
  const titleRows = head.slice(0, h).flatMap((r, i2) => r.every((c) => c.trim() === "") ? [] : [{ row: i2 + 1, text: noteText(r) }]);
  const lay = resolveLayout(mapping, [...titleRows.map((t) => t.text), ...context, file], { indicator: opts.indicator ?? null, year: opts.year ?? null });
  if ("fatal" in lay) return bail3("layout");
  const valueCols = lay.values.map((v) => v.col);
  const header = (c) => headers[c] || `#${c + 1}`;
  const inds = new Indicators();
  inds.idx("poverty_rate");
  const defaultInd = lay.defaultIndicator === null ? -1 : inds.idx(lay.defaultIndicator);
  const colInd = lay.values.map((c) => c.indicator === null ? -1 : inds.idx(c.indicator));
  const colYear = lay.values.map((c) => c.year);
  const resolver = later ? new Unresolved(known, opts) : new UnitResolver(known, opts);
  const memo = new UnitMemo(resolver);
  const nv = valueCols.length;
  const body = new BodyRows({ headerRows: later ? 0 : first, lay, colInd, colYear, defaultInd }, limits, memo, inds, new NumberCells(nv, rowCap * nv, mem), mem, rowCap);
  return { h, span: block.span, numbersNote, headers, sample, decided, guessed, chosen, mapping, titleRows, lay, valueCols, header, inds, resolver, memo, body };
}
var Unresolved = class _Unresolved extends UnitResolver {
  static NONE = Object.freeze({ raw: "", key: "", code: null, status: "new", suggestions: [], rows: 0 });
  resolve() {
    return _Unresolved.NONE;
  }
};

// src/ingest/streamSort.ts
function sortColumns(c, units, inds, file) {
  const { n, at, unit, ind } = c;
  const usedU = new Uint8Array(units.length);
  const usedI = new Uint8Array(inds.length);
  markUsed(n, at, unit, ind, usedU, usedI);
  const uOrder = textOrder(units, usedU);
  const iOrder = textOrder(inds, usedI);
  const uRank = ranks(uOrder, units.length);
  const iRank = ranks(iOrder, inds.length);
  const t = {
    units: uOrder.map((i2) => units[i2]),
    indicators: iOrder.map((i2) => inds[i2]),
    provenances: [{ kind: "imported", source: file }],
    // From a dropped result's buffers of the same size when there are (re-reading a file, another try).
    unit: lasting.u32(n),
    indicator: lasting.u16(n),
    year: lasting.u16(n),
    value: lasting.f64(n),
    prov: lasting.u32(n),
    row: lasting.u32(n)
  };
  place(c, uRank, iRank, iOrder.length, uOrder.length * iOrder.length, t);
  return t;
}
function markUsed(n, at, unit, ind, usedU, usedI) {
  for (let a = 0; a < n; a++) {
    usedU[unit[a]] = 1;
    usedI[ind[at[a]]] = 1;
  }
}
function textOrder(names, used) {
  const out2 = [];
  for (let i2 = 0; i2 < names.length; i2++) if (used[i2]) out2.push(i2);
  return out2.sort((a, b) => names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
}
function ranks(order, size) {
  const rank = new Uint32Array(size);
  for (let p = 0; p < order.length; p++) rank[order[p]] = p;
  return rank;
}
function place(c, uRank, iRank, nInd, nKeys, t) {
  const { n, at, unit, ind, year, value, rowOf, fileRow } = c;
  const offsets = new Uint32Array(nKeys + 1);
  for (let a = 0; a < n; a++) offsets[uRank[unit[a]] * nInd + iRank[ind[at[a]]] + 1]++;
  for (let k = 1; k < offsets.length; k++) offsets[k] += offsets[k - 1];
  const fill = offsets.slice(0, -1);
  const tu = t.unit, ti = t.indicator, ty = t.year, tv = t.value, tr = t.row;
  for (let a = 0; a < n; a++) {
    const i2 = at[a];
    const u = uRank[unit[a]], ik = iRank[ind[i2]];
    const k = u * nInd + ik;
    let p = fill[k]++;
    const y = year[i2];
    while (p > offsets[k] && ty[p - 1] > y) {
      ty[p] = ty[p - 1];
      tv[p] = tv[p - 1];
      tr[p] = tr[p - 1];
      tu[p] = tu[p - 1];
      ti[p] = ti[p - 1];
      p--;
    }
    tu[p] = u;
    ti[p] = ik;
    ty[p] = y;
    tv[p] = value[i2];
    tr[p] = fileRow[rowOf[i2]];
  }
}

// src/ingest/streamAccepted.ts
function tableValues(a, rejected, isTarget, ind, value, v, file) {
  const i2 = new Int32Array(a.n);
  const unit = new Int32Array(a.n);
  const targets = [];
  let n = 0;
  for (let k = 0; k < a.n; k++) {
    const x2 = a.i[k];
    const row = v.fileRow[v.rowOf[x2]];
    if (rejected.has(row)) continue;
    const id = ind[x2];
    if (isTarget[id]) {
      targets.push(fileTarget(v.units[a.unit[k]], v.indicators.ids[id], v.year[x2], value[x2], file, row));
      continue;
    }
    i2[n] = x2;
    unit[n++] = a.unit[k];
  }
  return { accepted: { i: i2, unit, n }, targets };
}

// src/ingest/streamResult.ts
function resultOf(p, src, file, opts, known, mem, progress) {
  const { body, memo, resolver, inds, lay, header, valueCols, h, headers } = p;
  const { codeCol, nameCol, yearCol, indicatorCol } = lay;
  const nv = valueCols.length;
  const { nRows, totals, unitless, yearTexts, notes, pending, missingRaw, unknownInd, rLabel, slots, numbers, rFile, rUnit, rSeen, vInd, vYear } = body;
  if (!nRows) bail3("no rows");
  flushValueless(pending, notes);
  progress?.(0.9, "check");
  const n = numbers.n;
  const rowOf = rowsOfValues(mem.i32(n), nv);
  const total = mem.u8(nRows);
  for (const k of totals.keys()) total[k] = 1;
  const textOf2 = (i2) => totals.get(rowOf[i2]) ?? unitless.get(rowOf[i2]) ?? memoRow(rSeen[rowOf[i2]]);
  const memoRow = (s) => {
    const x2 = memo.all[s];
    return { row: 0, cells: [], code: x2.code, name: x2.name };
  };
  const value = numbers.values();
  const { vcol, kind, percent, indOk } = numbers.layout(NUMBER, MISSING2, INVALID);
  for (const i2 of missingRaw.keys()) kind[i2] = MISSING2;
  for (const i2 of unknownInd) indOk[i2] = 0;
  const v = {
    n,
    rowOf,
    vcol,
    ind: vInd.subarray(0, n),
    indOk,
    year: vYear.subarray(0, n),
    kind,
    value,
    percent,
    fileRow: rFile.subarray(0, nRows),
    unit: rUnit.subarray(0, nRows),
    total,
    rowError: rowErrors(mem.u8(nRows), unitless, rSeen, memo),
    units: memo.units,
    indicators: inds,
    // Text for messages: total rows and blank cells were kept, a number cell is made again from its number.
    raw: (i2) => {
      const t = totals.get(rowOf[i2]);
      return t ? t.cells[valueCols[vcol[i2]]] ?? "" : missingRaw.get(i2) ?? numbers.textOf(i2) ?? bail3("checks");
    },
    column: (i2) => header(valueCols[vcol[i2]]),
    unitLabel: (i2) => {
      const t = textOf2(i2);
      return t.name || t.code;
    },
    unitColumn: (i2) => {
      const c = codeCol >= 0 && !textOf2(i2).name ? codeCol : nameCol;
      return c >= 0 ? header(c) : "";
    },
    indicatorRaw: (i2) => {
      const t = totals.get(rowOf[i2]);
      return indicatorCol < 0 ? "" : t ? (t.cells[indicatorCol] ?? "").trim() : slots.labels[rLabel[rowOf[i2]]] ?? "";
    },
    yearText: (i2) => yearTexts.get(i2) ?? bail3("checks"),
    yearColumn: yearCol >= 0 ? header(yearCol) : "",
    indicatorColumn: indicatorCol >= 0 ? header(indicatorCol) : ""
  };
  const checked = runChecks(file, v, new Set(opts.scalePercent ?? []), known, resolver.newUnits(), mem);
  const rejected = errorRows(checked.issues);
  memo.finish();
  const issues = [...resolver.warnings(file, (m) => header(nameCol >= 0 && (codeCol < 0 || m.raw !== m.code) ? nameCol : codeCol)), ...checked.issues];
  issues.sort(byRow);
  const isTarget = inds.ids.map((id) => describeIndicator(id).isTarget === true);
  const { accepted, targets } = rejected.size || isTarget.includes(true) ? tableValues(checked.accepted, rejected, isTarget, checked.ind, checked.value, v, file) : { accepted: checked.accepted, targets: [] };
  if (!accepted.n) bail3("nothing accepted");
  const table = sortColumns({ n: accepted.n, at: accepted.i, unit: accepted.unit, ind: checked.ind, year: v.year, value: checked.value, rowOf, fileRow: v.fileRow }, v.units, inds.ids, file);
  const parent = checked.totals.find((t) => t.parent)?.parent ?? null;
  const units = resolver.newUnits();
  progress?.(1, "check");
  return {
    file,
    ok: !issues.some((x2) => x2.severity === "error"),
    fatal: null,
    format: src.format,
    encoding: src.encoding,
    delimiter: src.delimiter,
    sheets: [],
    headerRow: h + 1,
    headerRows: p.span,
    headers,
    headerKey: headerKey(headers),
    guessedMapping: p.guessed,
    mapping: [...p.mapping],
    mappingWhy: p.decided.map((d2, c) => p.chosen && p.chosen[c] !== d2.role ? { kind: "chosen" } : d2.why),
    preview: p.sample.slice(0, 5),
    layout: lay.kind,
    titleRows: p.titleRows,
    notes: p.numbersNote ? [p.numbersNote, ...notes] : notes,
    totals: checked.totals,
    units: parent ? units.map((u) => ({ ...u, parent })) : units,
    unitMatches: resolver.matches(),
    table: ObservationTable.fromColumns(table),
    targets,
    issues,
    dataRows: nRows,
    rejected: rejected.size ? src.rejected(rejected, checked.issues) : []
  };
}
function rowErrors(err2, unitless, rSeen, memo) {
  for (const k of unitless.keys()) err2[k] = 1;
  if (memo.anyError) for (let k = 0; k < err2.length; k++) {
    const s = rSeen[k];
    if (s >= 0) err2[k] = memo.all[s].err;
  }
  return err2;
}
function rowsOfValues(rowOf, nv) {
  for (let i2 = 0; i2 < rowOf.length; i2++) rowOf[i2] = i2 / nv | 0;
  return rowOf;
}

// src/ingest/streamJson.ts
var PROGRESS_ROWS = 1 << 15;
async function readJson(bytes, file, opts, known, limits, mem, progress, later = null) {
  const cut = later && !opts.encoding ? jsonCut(bytes) : null;
  const split = cut && later ? await readSplit(bytes, cut, file, opts, known, limits, mem, later, progress) : null;
  if (split) return split;
  const d2 = decode(bytes, opts.encoding, false);
  const named = opts.format === "json" || !opts.format && /\.json$/i.test(file);
  if (!named && !(/^\s*[[{]/.test(d2.text.slice(0, 200)) && /[\]}]\s*$/.test(d2.text.slice(-200)))) bail3("json-like");
  let list;
  try {
    list = jsonList(d2.text, limits);
  } catch {
    return bail3("json");
  }
  const n = jsonRows(list);
  const plan = planBody(headOf(list), file, [...list.meta.values()], opts, known, limits, mem, n + 64);
  readRows(list, 0, n, plan.body, progress);
  return resultOf(plan, source(d2.encoding, (row) => row - 1 < n ? jsonRow(list, row - 1).map(cellText) : []), file, opts, known, mem, progress);
}
async function readSplit(bytes, cut, file, opts, known, limits, mem, later, progress) {
  const t0 = performance.now();
  const first = headRecords(bytes, limits);
  if (!first?.keys || cut.end <= first.end) return null;
  const head = headOf(first);
  const { keys } = first;
  const part = mem.u8(bytes.length - cut.start + 1);
  part[0] = 91;
  part.set(bytes.subarray(cut.start), 1);
  const pending = later.read({ head, file, opts, known, encoding: "utf-8", delimiter: "", json: { keys, context: [] }, bytes: part, rowCap: Math.ceil(1.1 * first.items.length * (bytes.length - cut.start) / first.end) + 64, steps: { chunk: 0, piece: 0 } });
  bytes[cut.end] = 93;
  let d2;
  try {
    d2 = decode(bytes.subarray(0, cut.end + 1), void 0, false);
  } finally {
    bytes[cut.end] = 44;
  }
  if (d2.encoding !== "utf-8") return null;
  let list;
  try {
    list = jsonList(d2.text, limits);
  } catch {
    return null;
  }
  if (!list.keys || list.keys.length !== keys.length || list.keys.some((k, i2) => k !== keys[i2])) return null;
  const n = jsonRows(list);
  const plan = planBody(head, file, [], opts, known, limits, mem, Math.ceil(n * bytes.length / cut.end) + 64);
  readRows(list, 0, n, plan.body, progress);
  const got = await within(pending, patience(performance.now() - t0));
  if (!("part" in got)) return null;
  mergeLater(plan, got.part);
  later.taken(got.part);
  let rest = null;
  const cells = (row) => {
    if (row - 1 < n) return jsonRow(list, row - 1).map(cellText);
    rest ??= { ...jsonList(`[${decode(bytes.subarray(cut.start), "utf-8", false).text}`, limits), keys };
    return row - n <= rest.items.length ? jsonRow(rest, row - n).map(cellText) : [];
  };
  return resultOf(plan, source("utf-8", cells), file, opts, known, mem, progress);
}
function headRecords(bytes, limits) {
  let at = { end: 0, start: bytes.indexOf(91) };
  for (let k = 0; k < SAMPLE_END && at; k++) at = nextRecord(bytes, at.start, 0);
  if (!at) return null;
  try {
    const d2 = decode(bytes.subarray(0, at.end), void 0, false);
    return d2.encoding === "utf-8" ? { ...jsonList(`${d2.text}]`, limits), end: at.end } : null;
  } catch {
    return null;
  }
}
var headOf = (list) => {
  const head = [];
  for (let i2 = 0; i2 < Math.min(jsonRows(list), SAMPLE_END); i2++) head.push(jsonRow(list, i2).map(cellText));
  return head;
};
function readRows(list, from, to, body, progress) {
  const view = new RowView();
  view.quoted = true;
  view.typed = true;
  const filler = new Filler(list);
  for (let i2 = from; i2 < to; i2++) {
    filler.fill(view, i2);
    body.row(view);
    if (progress && i2 % PROGRESS_ROWS === PROGRESS_ROWS - 1) progress(0.9 * (i2 / to), "parse");
  }
}
function source(encoding, cells) {
  return {
    format: "json",
    encoding,
    delimiter: null,
    rejected: (rows2, issues) => {
      const reasons = errorCodesByRow(issues);
      return [...rows2].sort((a, b) => a - b).map((row) => ({ row, cells: cells(row), reasons: reasons.get(row) ?? [] }));
    }
  };
}
var Filler = class {
  constructor(list) {
    this.list = list;
  }
  list;
  lastIn = [];
  lastOut = [];
  fill(view, i2) {
    const { keys, items } = this.list;
    if (!keys || i2 === 0) {
      this.cells(view, jsonRow(this.list, i2));
      return;
    }
    const r = items[i2 - 1];
    const n = keys.length;
    while (view.start.length < n) view.grow();
    const record = typeof r === "object" && r !== null && !Array.isArray(r);
    for (let f = 0; f < n; f++) {
      let v = record ? r[keys[f]] : void 0;
      if (v !== null && (typeof v === "object" || typeof v === "function") && !Object.prototype.hasOwnProperty.call(r, keys[f])) v = void 0;
      this.set(view, f, v);
    }
    view.n = n;
  }
  cells(view, cells) {
    while (view.start.length < cells.length) view.grow();
    for (let f = 0; f < cells.length; f++) this.set(view, f, cells[f]);
    view.n = cells.length;
  }
  set(view, f, v) {
    view.start[f] = 0;
    view.end[f] = 0;
    if (typeof v === "number" && Number.isFinite(v)) {
      view.unq[f] = null;
      view.num[f] = v;
      return;
    }
    view.num[f] = NaN;
    if (typeof v === "string") {
      if (v !== this.lastIn[f]) {
        this.lastIn[f] = v;
        this.lastOut[f] = nfc(v);
      }
      view.unq[f] = this.lastOut[f];
      return;
    }
    const c = toCell(v);
    view.unq[f] = c === null ? "" : String(c);
  }
};

// src/ingest/stream.ts
var tuning = { head: 1 << 16, chunk: 1 << 22, piece: 1 << 15 };
var laterReader = null;
var lastFallback = "";
async function ingestFast(bytes, file, opts, known, progress) {
  const mem = new Scratch();
  try {
    lastFallback = "";
    lastSplit.parts = 1;
    return await fast(bytes, file, opts, known, mem, progress);
  } catch (e) {
    if (!(e instanceof Fallback)) throw e;
    lastFallback = e.message;
    return ingest(bytes, file, opts, known, progress);
  } finally {
    mem.release();
  }
}
async function fast(bytes, file, opts, known, mem, progress) {
  progress?.(0, "read");
  const kind = eligible(bytes, file, opts);
  const limits = limitsOf(opts.limits);
  try {
    checkSize(bytes.length, limits);
  } catch {
    bail3("limit");
  }
  if (kind === "json") return readJson(bytes, file, opts, known, limits, mem, progress, laterReader);
  const reader = new ChunkReader(bytes, opts.encoding ?? encodingOf(bytes, 1 << 16));
  let text2 = reader.next(tuning.head);
  while (!reader.done && !hasLines(text2, SAMPLE_END)) text2 = reader.next(tuning.chunk, text2);
  if (/^\s*[[{]/.test(text2.slice(0, 200))) return readJson(bytes, file, opts, known, limits, mem, progress, laterReader);
  const delimiter = opts.delimiter ?? detectDelimiter(text2);
  if (!isDelimiter(delimiter)) bail3("delimiter");
  const delim = delimiter.charCodeAt(0);
  const view = new RowView();
  view.nfc = !reader.composed;
  const head = [];
  let headChars = 0;
  const at = scanRows(text2, delim, reader.done, view, (r) => {
    head.push(Array.from({ length: r.n }, (_, i2) => r.field(i2)));
    headChars = r.end[r.n - 1];
    return head.length < SAMPLE_END;
  });
  if (at === BAD && head.length < SAMPLE_END || at !== BAD && !reader.done) bail3("scan");
  const capOf = (size) => Math.ceil(1.1 * size / Math.max(8, headChars / Math.max(1, head.length))) + 64;
  const rowCap = capOf(bytes.length);
  const plan = planBody(head, file, [], opts, known, limits, mem, rowCap);
  const { body } = plan;
  const onRow = (r) => body.row(r);
  const helper = laterReader;
  const cut = helper ? splitPoint(bytes, reader.encoding, reader.pos) : -1;
  const later = helper && cut > 0 ? helper.read({ head, file, opts, known, encoding: reader.encoding, delimiter, json: null, bytes: copyOf(bytes.subarray(cut), mem), rowCap: capOf(bytes.length - cut), steps: tuning }) : null;
  if (later) reader.limit(cut);
  const t0 = performance.now();
  let carry = readPieces(reader, text2, delim, view, onRow, tuning, !later, progress, later ? cut : bytes.length);
  if (later) {
    const got = carry ? null : await within(later, patience(performance.now() - t0));
    if (got && "part" in got) {
      mergeLater(plan, got.part);
      helper?.taken(got.part);
    } else {
      reader.limit(bytes.length);
      carry = readPieces(reader, carry, delim, view, onRow, tuning, true, progress, bytes.length);
    }
  }
  if (carry) bail3("unfinished row");
  const format = delimiter === "	" || (opts.format ?? (/\.tsv$/i.test(file) ? "tsv" : "csv")) === "tsv" ? "tsv" : "csv";
  return resultOf(plan, {
    format,
    encoding: reader.encoding,
    delimiter,
    rejected: (rows2, issues) => rejectedOf(rows2, issues, bytes, reader.encoding, delim)
  }, file, opts, known, mem, progress);
}
function copyOf(b, mem) {
  const c = mem.u8(b.length);
  c.set(b);
  return c;
}

// src/domain/aggregate.ts
var ALL_UNITS = "_all";
var COUNTS = INDICATOR_IDS.filter((id) => INDICATORS[id].kind === "count" && !INDICATORS[id].isTarget);
function withRoot(ds) {
  if (ds.rootUnit && ds.units.has(ds.rootUnit)) return ds;
  const units = ds.units.with([makeUnit({ code: ALL_UNITS, level: "country", nameVi: "To\xE0n b\u1ED9 c\xE1c \u0111\u01A1n v\u1ECB", nameEn: "All units" })]);
  return { ...ds, rootUnit: ALL_UNITS, units };
}
function aggregateToRoot(input) {
  const ds = withRoot(input);
  const kids = comparisonUnits(ds);
  if (kids.length === 0) return ds;
  const b = new TableBuilder(ds.table.size + 64);
  b.addTable(ds.table);
  let added = 0;
  for (const id of COUNTS) {
    for (const year of ds.table.years()) {
      if (ds.table.find(ds.rootUnit, id, year) >= 0) continue;
      let sum = 0;
      let complete = true;
      const provs = /* @__PURE__ */ new Map();
      for (const k of kids) {
        const r = ds.table.find(k, id, year);
        if (r < 0) {
          complete = false;
          break;
        }
        sum += ds.table.toColumns().value[r];
        const p = ds.table.provenance(r);
        provs.set(p.kind, p);
      }
      if (!complete) continue;
      b.add(ds.rootUnit, id, year, sum, derivedProvenance(bothLanguages(phrase("source.sum", { n: kids.length })), [...provs.values()]));
      added++;
    }
  }
  if (!added) return ds;
  return { ...ds, table: deriveRates(b.build()).table };
}

// src/domain/targets.ts
function upsertTargets(base, incoming) {
  const key = (t) => `${t.unit}${t.indicator}${t.year}`;
  const map = new Map(base.map((t) => [key(t), t]));
  for (const t of incoming) map.set(key(t), t);
  return [...map.values()];
}

// src/ingest/apply.ts
function diffTables(base, incoming, rejected = 0, maxExamples = 200) {
  const d2 = { added: 0, changed: 0, unchanged: 0, rejected, examples: [] };
  const c = incoming.toColumns();
  let lastU = -1, lastI = -1, has2 = false;
  const n = incoming.size;
  const empty = base.size === 0;
  for (let r = 0; r < n; r++) {
    const u = c.unit[r], i2 = c.indicator[r];
    if (u !== lastU || i2 !== lastI) {
      lastU = u;
      lastI = i2;
      if (empty) has2 = false;
      else {
        const [lo, hi] = base.range(c.units[u], c.indicators[i2]);
        has2 = lo < hi;
      }
    }
    if (!has2 && d2.examples.length >= maxExamples) {
      d2.added++;
      continue;
    }
    const unit = c.units[u];
    const indicator = c.indicators[i2];
    const year = c.year[r];
    const after = c.value[r];
    const before = has2 ? base.value(unit, indicator, year) : void 0;
    if (before === void 0) d2.added++;
    else if (before === after) {
      d2.unchanged++;
      continue;
    } else d2.changed++;
    if (d2.examples.length < maxExamples) d2.examples.push({ unit, indicator, year, before: before ?? null, after, row: c.row[r] });
  }
  return d2;
}
function withoutDerived(t) {
  const b = new TableBuilder(t.size);
  b.addTable(t, (r) => {
    const p = t.provenance(r);
    return !!p.derived && p.asReported === void 0;
  });
  return b.build();
}
function applyImport(base, res, mode) {
  const merged = mergeTables(withoutDerived(base.table), res.table, mode);
  const { table } = deriveRates(merged);
  const units = base.units.with(res.units);
  let rootUnit = base.rootUnit;
  if (mode === "replace" || !rootUnit) {
    const inTable = new Set(table.unitCodes);
    const tops = [...inTable].filter((u) => {
      const p = units.get(u)?.parent;
      return !p || !inTable.has(p);
    });
    const parentTop = res.totals.find((t) => t.parent)?.parent;
    const keepsRoot = !!units.get(base.rootUnit) && (inTable.has(base.rootUnit) || tops.some((u) => units.get(u)?.parent === base.rootUnit));
    const parents = new Set(tops.map((u) => units.get(u)?.parent ?? null));
    const common = parents.size === 1 ? [...parents][0] : null;
    rootUnit = parentTop ?? (tops.length === 1 ? tops[0] : common && units.has(common) ? common : keepsRoot ? base.rootUnit : "");
  }
  return aggregateToRoot({
    ...base,
    id: mode === "replace" ? `import-${res.file}` : base.id,
    // A replaced dataset is no longer the built-in one: name it after its file.
    title: mode === "replace" ? { vi: res.file, en: res.file } : base.title,
    units,
    table,
    rootUnit,
    targets: mode === "replace" && res.targets.length ? res.targets : upsertTargets(base.targets, res.targets),
    status: mode === "replace" ? "imported" : base.status === "imported" ? "imported" : "mixed",
    sources: [...mode === "replace" ? [] : base.sources, { label: res.file }]
  });
}

// src/ingest/packList.ts
var PART_SIZE = 2e3;
var UNIT_NESTED = ["name"];
var DICT_MIN = 32;
function encodeCol(c, before, empty) {
  for (let k = 0; k < before.length; k++) if (sameValues(before[k], c)) return { same: k };
  if (c.length < DICT_MIN) return c;
  return dictOf(c, empty) ?? textOf(c) ?? c;
}
function dictOf(c, empty) {
  const at = /* @__PURE__ */ new Map();
  const codes = new Uint8Array(c.length);
  let last = at, lastK = 0;
  for (let i2 = 0; i2 < c.length; i2++) {
    const v = c[i2];
    if (v === 0 && 1 / v < 0) return null;
    if (v === last) {
      codes[i2] = lastK;
      continue;
    }
    let k = at.get(v);
    if (k === void 0) {
      if (at.size === 255 || at.size === DICT_MIN && i2 < 2 * DICT_MIN || typeof v === "object" && v !== null && v !== empty) return null;
      at.set(v, k = at.size);
    }
    codes[i2] = k;
    last = v;
    lastK = k;
  }
  return { dict: [...at.keys()], codes };
}
function textOf(c) {
  const ends = new Uint32Array(c.length);
  let end = 0;
  for (let i2 = 0; i2 < c.length; i2++) {
    const v = c[i2];
    if (typeof v !== "string") return null;
    end += v.length;
    if (end > 1 << 28) return null;
    ends[i2] = end;
  }
  return { text: c.join(""), ends };
}
function decodeCol(c, before) {
  if (Array.isArray(c)) return c;
  if ("same" in c) return before[c.same];
  if ("text" in c) {
    const out3 = new Array(c.ends.length);
    for (let i2 = 0, from = 0; i2 < out3.length; i2++) {
      out3[i2] = c.text.slice(from, c.ends[i2]);
      from = c.ends[i2];
    }
    return out3;
  }
  const out2 = new Array(c.codes.length);
  for (let i2 = 0; i2 < out2.length; i2++) out2[i2] = c.dict[c.codes[i2]];
  return out2;
}
function sameValues(a, b) {
  if (a.length !== b.length) return false;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return false;
  return true;
}
function encodeCols(cols, empty) {
  return cols.map((c, k) => encodeCol(c, cols.slice(0, k), empty));
}
function decodeCols(cols) {
  const out2 = [];
  for (const c of cols) out2.push(decodeCol(c, out2));
  return out2;
}
function pack(items, nested = []) {
  const empty = [];
  const paths = [];
  const cols = [];
  const top = /* @__PURE__ */ new Map();
  const sub = /* @__PURE__ */ new Map();
  const add = (path) => {
    const c = filled2(items.length, void 0);
    paths.push(path);
    cols.push(c);
    return c;
  };
  for (let i2 = 0; i2 < items.length; i2++) {
    const item = items[i2];
    for (const key in item) {
      const v = item[key];
      if (v !== null && typeof v === "object" && !Array.isArray(v) && nested.includes(key)) {
        let inner = sub.get(key);
        if (!inner) sub.set(key, inner = /* @__PURE__ */ new Map());
        for (const name in v) {
          let c2 = inner.get(name);
          if (!c2) inner.set(name, c2 = add([key, name]));
          const w = v[name];
          c2[i2] = Array.isArray(w) && w.length === 0 ? empty : w;
        }
        continue;
      }
      let c = top.get(key);
      if (!c) top.set(key, c = add([key]));
      c[i2] = Array.isArray(v) && v.length === 0 ? empty : v;
    }
  }
  return { n: items.length, paths, cols: encodeCols(cols, empty), empty };
}
function unpack(p) {
  const cols = decodeCols(p.cols);
  const out2 = new Array(p.n);
  for (let i2 = 0; i2 < p.n; i2++) {
    const item = {};
    for (let k = 0; k < p.paths.length; k++) {
      let v = cols[k][i2];
      if (v === void 0) continue;
      if (v === p.empty) v = [];
      const path = p.paths[k];
      if (path.length === 1) item[path[0]] = v;
      else (item[path[0]] ??= {})[path[1]] = v;
    }
    out2[i2] = item;
  }
  return out2;
}

// src/ingest/transfer.ts
var LIST_KEYS = ["units", "unitMatches", "issues", "rejected"];
function toWire(r) {
  const { table, ...rest } = r;
  const summary = { size: table.size, unitCodes: [...table.unitCodes], indicatorIds: [...table.indicatorIds] };
  return { ...rest, table: summary, issues: rest.issues.map(toWireIssue) };
}
function toWireIssue(i2) {
  if (!i2.items) return i2;
  const { value, row, column, suggestions } = i2.items;
  return { ...i2, items: { value: encodeCol(value, []), row: encodeCol(row, []), column: encodeCol(column, []), suggestions: encodeCol(suggestions, []) } };
}
var NESTED = { units: UNIT_NESTED, unitMatches: [], issues: ["params"], rejected: [] };
function postResult(id, r, post, diff = () => null) {
  const result = toWire(r);
  for (const key of LIST_KEYS) {
    const list = result[key];
    if (list.length <= PART_SIZE) continue;
    for (let i2 = 0; i2 < list.length; i2 += PART_SIZE) post({ type: "part", id, key, items: pack(list.slice(i2, i2 + PART_SIZE), NESTED[key]) });
    result[key] = [];
  }
  post({ type: "done", id, result, diff: diff() });
}

// src/ingest/names.ts
var INVISIBLE = /\p{Cf}/gu;
var hex = (ch2) => `U+${ch2.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function hasInvisible(s) {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s);
}
function stripInvisible(s) {
  return s.replace(INVISIBLE, "");
}
function markInvisible(s) {
  return s.replace(INVISIBLE, (ch2) => `\u27E8${hex(ch2)}\u27E9`);
}
function listInvisible(s) {
  return [...new Set(s.match(INVISIBLE) ?? [])].map(hex).join(", ");
}
function sanitizeNames(r) {
  return anyInvisible(r) ? sanitizeEach(r) : r;
}
var ONE = /\p{Cf}/u;
function hasFormatChar(s) {
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c < 173 || c > 173 && c < 1536 || c >= 7680 && c <= 7935) continue;
    return ONE.test(s);
  }
  return false;
}
var has = hasFormatChar;
function anyInvisible(r) {
  for (const u of r.units) if (has(u.name.vi) || has(u.name.en) || has(u.name.ascii)) return true;
  for (const m of r.unitMatches) if (has(m.raw)) return true;
  for (const i2 of r.issues) {
    if (has(i2.value)) return true;
    for (const v of Object.values(i2.params)) if (typeof v === "string" && has(v)) return true;
    if (i2.items) {
      for (let k = 0; k < i2.items.value.length; k++) if (has(i2.items.value[k]) || has(i2.items.suggestions[k])) return true;
    }
  }
  for (const t of r.titleRows) if (has(t.text)) return true;
  for (const n of r.notes) if (has(n.text)) return true;
  for (const t of r.totals) if (has(t.label)) return true;
  for (const row of r.rejected) for (const c of row.cells) if (has(c)) return true;
  return false;
}
function sanitizeEach(r) {
  const nameColumn = r.headers[r.mapping.indexOf("unit_name")] ?? r.headers[r.mapping.indexOf("unit_code")] ?? "";
  const warnings = [];
  r.units = r.units.map((u) => {
    const names = [u.name.vi, u.name.en, u.name.ascii];
    if (!names.some(hasInvisible)) return u;
    const match = r.unitMatches.find((m) => m.code === u.code);
    warnings.push({
      severity: "warning",
      file: r.file,
      row: match?.firstRow ?? 0,
      column: nameColumn,
      value: markInvisible(u.name.vi),
      code: "invisible_chars",
      params: { file: r.file, value: markInvisible(u.name.vi), chars: listInvisible(names.join("")) }
    });
    return { ...u, name: { ...u.name, vi: stripInvisible(u.name.vi), en: stripInvisible(u.name.en), ascii: stripInvisible(u.name.ascii) } };
  });
  for (const m of r.unitMatches) m.raw = markInvisible(m.raw);
  for (const i2 of r.issues) {
    i2.value = markInvisible(i2.value);
    for (const [k, v] of Object.entries(i2.params)) if (typeof v === "string") i2.params[k] = markInvisible(v);
    if (i2.items) {
      i2.items.value = i2.items.value.map(markInvisible);
      i2.items.suggestions = i2.items.suggestions.map(markInvisible);
    }
  }
  for (const t of r.titleRows) t.text = markInvisible(t.text);
  for (const n of r.notes) n.text = markInvisible(n.text);
  for (const t of r.totals) t.label = markInvisible(t.label);
  for (const row of r.rejected) row.cells = row.cells.map(markInvisible);
  r.issues.push(...warnings);
  return r;
}

// src/ingest/households/columns.ts
var PERSONAL = [
  ["id_number", ["so cccd", "cccd", "cmnd", "so cmnd", "cccd cmnd", "so cccd cmnd", "so dinh danh", "ma dinh danh", "so dinh danh ca nhan", "can cuoc", "so can cuoc", "id number", "national id", "citizen id"]],
  ["birth_date", ["ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay", "date of birth", "birth date", "dob", "year of birth"]],
  ["phone", ["so dien thoai", "dien thoai", "sdt", "dt", "phone", "phone number", "mobile"]],
  ["address", ["dia chi", "so nha", "dia chi thuong tru", "noi o", "address"]],
  ["name", ["ho ten chu ho", "ho va ten chu ho", "ten chu ho", "chu ho", "ho ten", "ho va ten", "ho ten nguoi", "head name", "head of household", "household head", "name", "full name"]]
];
var FIELDS = [
  ["household_code", ["ma ho", "ma ho gia dinh", "ma so ho", "ma ho ngheo", "household code", "household id", "hh code"]],
  ["commune_code", ["ma xa", "ma xa phuong", "ma xa phuong thi tran", "ma dvhc xa", "commune code"]],
  ["ethnicity", ["dan toc", "thanh phan dan toc", "ethnicity", "ethnic group"]],
  ["minority_flag", ["dtts", "dan toc thieu so", "ho dan toc thieu so", "ethnic minority"]],
  ["members", ["so nhan khau", "so thanh vien", "nhan khau", "so khau", "members", "household size"]],
  ["province", ["tinh", "tinh thanh pho", "ten tinh", "province"]],
  ["district", ["huyen", "quan huyen", "huyen thi xa thanh pho", "huyen thi xa", "ten huyen", "district"]],
  ["commune", ["xa", "xa phuong", "xa phuong thi tran", "phuong xa", "ten xa", "xa phuong dac khu", "commune", "commune ward", "ward"]],
  ["village", ["thon", "thon ban", "thon to", "thon xom", "to dan pho", "ban", "xom", "ap", "village", "hamlet"]],
  ["class", ["phan loai", "phan loai ho", "ket qua phan loai", "ket qua ra soat", "loai ho", "xep loai", "phan loai ho gia dinh", "class", "household class", "classification"]],
  ["b1", ["b1", "diem b1", "tong diem b1", "diem thu nhap", "income score"]],
  ["b2", ["b2", "diem b2", "tong diem b2", "diem thieu hut", "deprivation score"]],
  ["year", ["nam", "nam ra soat", "year", "review year"]]
];
var FLAGS = DEPRIVATIONS_2022.map((x2) => [x2.id, x2.headers]);
function matchList(f, lists) {
  for (const [k, words] of lists) if (words.includes(f)) return k;
  return null;
}
function flagWords(f) {
  return f.replace(/^(chi so|chi tieu|thieu hut|thieu)\s+/, "").replace(/^\d{1,2}\s+/, "").replace(/^(thieu hut|thieu)\s+/, "");
}
function columnRole(header) {
  const f = foldHeader(header);
  if (!f) return { kind: "other" };
  const field = matchList(f, FIELDS);
  if (field) return { kind: "field", what: field };
  const personal = matchList(f, PERSONAL);
  if (personal) return { kind: "personal", what: personal };
  const flag = matchList(flagWords(f), FLAGS) ?? matchList(f, FLAGS);
  if (flag) return { kind: "flag", what: flag };
  for (const [k, words] of PERSONAL) if (words.some((w) => w.length > 3 && f.startsWith(`${w} `))) return { kind: "personal", what: k };
  return { kind: "other" };
}
function householdColumns(headers) {
  const roles = headers.map(columnRole);
  const field = Object.fromEntries(FIELDS.map(([k]) => [k, -1]));
  const flags = Object.fromEntries(FLAGS.map(([k]) => [k, -1]));
  roles.forEach((r, i2) => {
    if (r.kind === "field" && field[r.what] < 0) field[r.what] = i2;
    if (r.kind === "flag" && flags[r.what] < 0) flags[r.what] = i2;
  });
  return { roles, field, flags };
}
function asHouseholdHeader(headers) {
  const c = householdColumns(headers);
  const who = c.field.household_code >= 0 || c.roles.some((r) => r.kind === "personal" && r.what === "name");
  const where = c.field.commune >= 0 || c.field.commune_code >= 0;
  const flagCount = Object.values(c.flags).filter((i2) => i2 >= 0).length;
  return who && where && (c.field.class >= 0 || flagCount >= 6) ? c : null;
}
var WORDY = /[^\d\s.,;:+\-%/()'"]/;
var fewWordy = (cells) => {
  let n = 0;
  for (const s of cells) if (WORDY.test(s) && ++n === 3) return false;
  return true;
};
function findHouseholdHeader(rows2) {
  for (let r = 0; r < Math.min(rows2.length, 40); r++) {
    if (fewWordy(rows2[r])) continue;
    const columns = asHouseholdHeader(rows2[r].map((s) => s.trim()));
    if (columns) return { row: r, columns };
  }
  return null;
}

// src/ingest/households/values.ts
var YES = /* @__PURE__ */ new Set(["x", "1", "co", "yes", "y", "true", "v", "\u2713", "\u2714", "thieu", "thieu hut"]);
var NO = /* @__PURE__ */ new Set(["", "0", "khong", "no", "n", "false", "-", "k", "du", "khong thieu"]);
function readFlag(raw) {
  const t = raw.trim();
  if (t === "") return 0;
  if (t === "x" || t === "X" || t === "1") return 1;
  if (t === "0") return 0;
  const f = foldName(t);
  if (YES.has(f)) return 1;
  if (NO.has(f)) return 0;
  return -1;
}
function readClass(raw) {
  const f = foldName(raw).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  if (f === "") return "other";
  if (/^(ho )?can ngheo$|^near poor$|^cn$|^hcn$/.test(f)) return "near_poor";
  if (/^(ho )?ngheo$|^poor$|^hn$/.test(f)) return "poor";
  if (/^(ho )?(co )?muc song trung binh$|^trung binh$|^middle$|^mstb$/.test(f)) return "middle";
  if (/^(ho )?khac$|^other$|^khong ngheo$|^thoat ngheo$/.test(f)) return "other";
  return null;
}
function isMinority(ethnicity) {
  const f = foldName(ethnicity);
  if (f === "") return null;
  return f !== "kinh" && f !== "viet" && f !== "viet kinh";
}

// src/ingest/households/hashSet.ts
var HashSet64 = class {
  cap = 1 << 12;
  a = new Uint32Array(this.cap);
  /** Second hash, never 0: 0 marks an empty slot. */
  b = new Uint32Array(this.cap);
  size = 0;
  /** Adds `s`; returns true when it was not in the set. */
  add(s) {
    let h1 = 2166136261;
    let h2 = 16777619 ^ s.length;
    for (let i2 = 0; i2 < s.length; i2++) {
      const c = s.charCodeAt(i2);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 1540483477) ^ h2 >>> 15;
    }
    h1 >>>= 0;
    h2 = (h2 | 1) >>> 0;
    if ((this.size + 1) * 20 > this.cap * 17) this.grow();
    return this.insert(h1, h2);
  }
  insert(h1, h2) {
    const mask = this.cap - 1;
    let i2 = (h1 ^ Math.imul(h2, 2654435761)) & mask;
    for (; ; ) {
      const b = this.b[i2];
      if (b === 0) {
        this.a[i2] = h1;
        this.b[i2] = h2;
        this.size++;
        return true;
      }
      if (b === h2 && this.a[i2] === h1) return false;
      i2 = i2 + 1 & mask;
    }
  }
  grow() {
    const { a, b } = this;
    this.cap *= 2;
    this.a = new Uint32Array(this.cap);
    this.b = new Uint32Array(this.cap);
    this.size = 0;
    for (let i2 = 0; i2 < a.length; i2++) if (b[i2] !== 0) this.insert(a[i2], b[i2]);
  }
};

// src/ingest/households/aggregate.ts
var MAX_PROBLEMS = 200;
var HouseholdAggregator = class {
  constructor(cols, headers, defaultYear) {
    this.cols = cols;
    this.headers = headers;
    this.defaultYear = defaultYear;
    this.flagCols = DEPRIVATION_IDS.map((id, k) => [k, cols.flags[id]]).filter(([, c]) => c >= 0);
  }
  cols;
  headers;
  defaultYear;
  units = /* @__PURE__ */ new Map();
  byYear = /* @__PURE__ */ new Map();
  households = 0;
  duplicates = 0;
  rows = 0;
  problems = [];
  problemCounts = { duplicate: 0, bad_class: 0, bad_flag: 0, no_commune: 0, no_year: 0 };
  seen = new HashSet64();
  flagCols;
  problem(p) {
    this.problemCounts[p.code]++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(p);
  }
  /** One data row; `fileRow` is 1-based as the user sees it. */
  add(get, fileRow) {
    this.rows++;
    const f = this.cols.field;
    const code = f.household_code >= 0 ? get(f.household_code).trim() : "";
    if (code) {
      if (!this.seen.add(code)) {
        this.duplicates++;
        this.problem({ row: fileRow, column: this.headers[f.household_code] ?? "", code: "duplicate" });
        return;
      }
    }
    const unitCode = f.commune_code >= 0 ? get(f.commune_code).trim() : "";
    const unitName = f.commune >= 0 ? get(f.commune).trim() : "";
    if (!unitCode && !unitName) {
      this.problem({ row: fileRow, column: this.headers[f.commune] ?? this.headers[f.commune_code] ?? "", code: "no_commune" });
      return;
    }
    let year = this.defaultYear;
    if (f.year >= 0) {
      const y = Number(get(f.year).trim());
      if (Number.isInteger(y) && y >= 1990 && y <= 2100) year = y;
    }
    if (year === null) {
      this.problem({ row: fileRow, column: this.headers[f.year] ?? "", code: "no_year" });
      return;
    }
    const district = f.district >= 0 ? get(f.district).trim() : "";
    const key = unitCode ? `c:${unitCode}` : `n:${district.toLowerCase()}${unitName.toLowerCase()}`;
    let perYear = this.byYear.get(year);
    if (!perYear) {
      perYear = /* @__PURE__ */ new Map();
      this.byYear.set(year, perYear);
    }
    let u = perYear.get(key);
    if (!u) {
      u = { code: unitCode.normalize("NFC"), name: unitName.normalize("NFC"), district: district.normalize("NFC"), total: 0, poor: 0, nearPoor: 0, middle: 0, minority: 0, ethnicityUnknown: 0, deprived: new Float64Array(DEPRIVATION_IDS.length), villages: /* @__PURE__ */ new Set() };
      perYear.set(key, u);
    }
    this.households++;
    u.total++;
    if (f.village >= 0 && u.villages.size < 1e3) u.villages.add(get(f.village).trim());
    let cls = f.class >= 0 ? this.classOf(get(f.class)) : "other";
    if (cls === null) {
      this.problem({ row: fileRow, column: this.headers[f.class] ?? "", code: "bad_class" });
      cls = "other";
    }
    if (cls === "poor") u.poor++;
    else if (cls === "near_poor") u.nearPoor++;
    else if (cls === "middle") u.middle++;
    const minority = f.ethnicity >= 0 ? this.minorityOf(get(f.ethnicity)) : f.minority_flag >= 0 ? flagOrNull(get(f.minority_flag)) : null;
    if (minority === null) u.ethnicityUnknown++;
    else if (minority) u.minority++;
    if (cls !== "poor") return;
    for (const [k, c] of this.flagCols) {
      const v = readFlag(get(c));
      if (v === 1) u.deprived[k]++;
      else if (v === -1) this.problem({ row: fileRow, column: this.headers[c] ?? "", code: "bad_flag" });
    }
  }
  // A list has a handful of distinct class and ethnicity spellings: fold each once.
  classes = /* @__PURE__ */ new Map();
  ethnicities = /* @__PURE__ */ new Map();
  classOf(raw) {
    let c = this.classes.get(raw);
    if (c === void 0) {
      c = readClass(raw);
      if (this.classes.size < 1e3) this.classes.set(raw, c);
    }
    return c;
  }
  minorityOf(raw) {
    let m = this.ethnicities.get(raw);
    if (m === void 0) {
      m = isMinority(raw);
      if (this.ethnicities.size < 1e3) this.ethnicities.set(raw, m);
    }
    return m;
  }
  /** Which deprivation indicators the list carries. */
  flagsPresent() {
    return this.flagCols.map(([k]) => DEPRIVATION_IDS[k]);
  }
};
function flagOrNull(raw) {
  const v = readFlag(raw);
  return v === -1 ? null : v === 1;
}

// src/ingest/households/reader.ts
function yearFromContext(texts) {
  for (const t of texts) {
    const m = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}
function headOf2(rows2, file, fallbackYear) {
  const found = findHouseholdHeader(rows2);
  if (!found) return null;
  const titleRows = rows2.slice(0, found.row).flatMap((r, i2) => r.every((c) => c.trim() === "") ? [] : [{ row: i2 + 1, text: r.filter((s) => s.trim()).join(" ").normalize("NFC").slice(0, 200) }]);
  const year = yearFromContext([...titleRows.map((t) => t.text), file]) ?? fallbackYear;
  return { headerRow: found.row + 1, headers: rows2[found.row].map((s) => s.trim().normalize("NFC")), columns: found.columns, titleRows, year };
}
function isNumbersRow(cells) {
  let seen = 0;
  for (const c of cells) {
    const t = c.trim();
    if (!t) continue;
    if (!/^\(?\d{1,3}\)?$/.test(t)) return false;
    seen++;
  }
  return seen >= 3;
}
var HouseholdTextReader = class {
  constructor(file, fallbackYear, delimiter) {
    this.file = file;
    this.fallbackYear = fallbackYear;
    if (delimiter && isDelimiter(delimiter)) this.delim = delimiter.charCodeAt(0);
  }
  file;
  fallbackYear;
  head = null;
  agg = null;
  /** Set once the head was read and is not a household list. */
  notHouseholds = false;
  rest = "";
  headRows = [];
  fileRow = 0;
  delim = 0;
  view = new RowView();
  get = (i2) => this.view.field(i2);
  /** Feeds decoded text; `final` on the last chunk. Throws on text the scanner cannot read. */
  push(chunk, final) {
    if (this.notHouseholds) return;
    let text2 = this.rest + chunk;
    if (this.fileRow === 0 && this.headRows.length === 0) text2 = text2.replace(/^\uFEFF/, "");
    if (!this.delim) {
      if (!final && text2.length < 1 << 15) {
        this.rest = text2;
        return;
      }
      this.delim = detectDelimiter(text2.slice(0, 1 << 16)).charCodeAt(0);
    }
    const used = scanRows(text2, this.delim, final, this.view, (r) => this.onRow(r));
    if (used === BAD) {
      if (this.notHouseholds) return;
      throw new Error("unreadable_csv");
    }
    this.rest = text2.slice(used);
    if (final && !this.head && !this.notHouseholds) this.decideHead(true);
  }
  /** One row (public for grids already in memory: a spreadsheet). */
  onRow(r) {
    this.view = r;
    this.fileRow++;
    if (!this.agg) {
      this.headRows.push(Array.from({ length: r.n }, (_, i2) => r.field(i2)));
      if (this.headRows.length >= 40) this.decideHead(false);
      return !this.notHouseholds;
    }
    this.dataRow(r.n, this.get, this.fileRow);
    return true;
  }
  dataRow(n, get, row) {
    if (n <= 1 && get(0).trim() === "") return;
    if (row === this.head.headerRow + 1) {
      const cells = Array.from({ length: n }, (_, i2) => get(i2));
      if (isNumbersRow(cells)) return;
    }
    const f = this.head.columns.field;
    const code = f.household_code >= 0 ? get(f.household_code).trim() : "";
    const unit = (f.commune >= 0 ? get(f.commune).trim() : "") || (f.commune_code >= 0 ? get(f.commune_code).trim() : "");
    if (!code && !unit) return;
    this.agg.add(get, row);
  }
  decideHead(final) {
    const head = headOf2(this.headRows, this.file, this.fallbackYear);
    if (!head) {
      this.notHouseholds = true;
      this.headRows = [];
      return;
    }
    this.head = head;
    this.agg = new HouseholdAggregator(head.columns, head.headers, head.year);
    this.headRows.slice(head.headerRow).forEach((cells, i2) => this.dataRow(cells.length, (c) => cells[c] ?? "", head.headerRow + 1 + i2));
    this.headRows = [];
    void final;
  }
  /** Personal columns, by header: what was dropped. */
  dropped() {
    if (!this.head) return [];
    return this.head.columns.roles.flatMap((r, i2) => r.kind === "personal" ? [{ name: this.head.headers[i2] ?? "", kind: r.what }] : []);
  }
};
function readGrid(rows2, text2, file, fallbackYear) {
  const reader = new HouseholdTextReader(file, fallbackYear, ",");
  const view = new RowView();
  for (const row of rows2) {
    const cells = text2(row);
    view.quoted = true;
    view.n = cells.length;
    while (view.start.length < cells.length) view.grow();
    view.unq = [...cells];
    if (!reader.onRow(view)) break;
  }
  if (!reader.head && !reader.notHouseholds) reader.decideHead(true);
  return reader;
}

// src/ingest/households/summary.ts
function summarise(reader) {
  const head = reader.head;
  const agg = reader.agg;
  let poor = 0, nearPoor = 0, unknown = 0, villages = 0, units = 0;
  for (const per of agg.byYear.values()) for (const u of per.values()) {
    poor += u.poor;
    nearPoor += u.nearPoor;
    unknown += u.ethnicityUnknown;
    villages += u.villages.size;
    units++;
  }
  const f = head.columns.field;
  return {
    households: agg.households,
    rows: agg.rows,
    duplicates: agg.duplicates,
    droppedColumns: reader.dropped(),
    unusedColumns: head.columns.roles.flatMap((r, i2) => r.kind === "other" && head.headers[i2] ? [head.headers[i2]] : []),
    flags: agg.flagsPresent(),
    years: [...agg.byYear.keys()].sort((a, b) => a - b),
    units,
    villages,
    poor,
    nearPoor,
    ethnicityUnknown: unknown,
    hasEthnicity: f.ethnicity >= 0 || f.minority_flag >= 0,
    problems: agg.problems,
    problemCounts: { ...agg.problemCounts },
    headerRow: head.headerRow,
    titleRows: head.titleRows
  };
}
function tidyTotals(reader) {
  const agg = reader.agg;
  const f = reader.head.columns.field;
  const hasEth = f.ethnicity >= 0 || f.minority_flag >= 0;
  const flags = new Set(agg.flagsPresent());
  const out2 = [];
  for (const [year, per] of [...agg.byYear.entries()].sort((a, b) => a[0] - b[0])) {
    for (const u of mergeSpellings(per.values())) {
      const push2 = (indicator, value) => out2.push({ code: u.code, name: u.name, year, indicator, value });
      pushUnit(u, push2, hasEth, flags);
    }
  }
  return out2;
}
function mergeSpellings(units) {
  const by = /* @__PURE__ */ new Map();
  for (const u of units) {
    const key = u.code ? `c:${u.code}` : `n:${u.district.toLowerCase()}${u.name.toLowerCase()}`;
    const had = by.get(key);
    if (!had) {
      by.set(key, { ...u, deprived: u.deprived.slice() });
      continue;
    }
    had.total += u.total;
    had.poor += u.poor;
    had.nearPoor += u.nearPoor;
    had.middle += u.middle;
    had.minority += u.minority;
    had.ethnicityUnknown += u.ethnicityUnknown;
    u.deprived.forEach((v, k) => {
      had.deprived[k] += v;
    });
  }
  return [...by.values()];
}
function pushUnit(u, push2, hasEth, flags) {
  push2("total_households", u.total);
  push2("poor_households", u.poor);
  push2("near_poor_households", u.nearPoor);
  if (hasEth) push2("ethnic_minority_households", u.minority);
  DEPRIVATION_IDS.forEach((id, k) => {
    if (flags.has(id)) push2(id, u.deprived[k]);
  });
}
function totalsCsv(totals) {
  const withCode = totals.some((t) => t.code);
  const q = (s) => /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = [withCode ? "M\xE3 \u0111\u01A1n v\u1ECB,\u0110\u01A1n v\u1ECB,N\u0103m,Ch\u1EC9 ti\xEAu,Gi\xE1 tr\u1ECB" : "\u0110\u01A1n v\u1ECB,N\u0103m,Ch\u1EC9 ti\xEAu,Gi\xE1 tr\u1ECB"];
  for (const t of totals) lines.push([...withCode ? [q(t.code)] : [], q(t.name), String(t.year), t.indicator, String(t.value)].join(","));
  return lines.join("\n");
}

// src/ingest/households/ingest.ts
var CHUNK2 = 1 << 22;
var HEAD = 1 << 16;
function isSpreadsheet(bytes, file) {
  return /\.(xlsx|xls)$/i.test(file) || bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75;
}
async function readHouseholds(bytes, file, opts, progress) {
  if (/\.json$/i.test(file)) return null;
  if (isSpreadsheet(bytes, file)) {
    const sheet = await readSheet2(bytes, file, opts);
    const reader2 = readGrid(sheet.grid, (r) => r.map(cellText), file, opts.year ?? null);
    return reader2.head ? reader2 : null;
  }
  let end = Math.min(bytes.length, HEAD);
  while (end > 0 && end < bytes.length && bytes[end] >= 128) end--;
  const enc = opts.encoding ?? detectEncoding(bytes.subarray(0, end));
  const reader = new HouseholdTextReader(file, opts.year ?? null, opts.delimiter);
  if (enc !== "utf-8") {
    if (bytes.length > HEAD) {
      const probe = new HouseholdTextReader(file, opts.year ?? null, opts.delimiter);
      probe.push(decode(bytes.subarray(0, HEAD), enc).text, false);
      if (probe.notHouseholds) return null;
    }
    reader.push(decode(bytes, enc).text, true);
    return reader.head ? reader : null;
  }
  const decoder = new TextDecoder("utf-8");
  for (let pos = 0; pos < bytes.length || pos === 0; pos += CHUNK2) {
    const to = Math.min(bytes.length, pos + CHUNK2);
    const last = to >= bytes.length;
    reader.push(decoder.decode(bytes.subarray(pos, to), { stream: !last }), last);
    if (reader.notHouseholds) return null;
    progress?.(0.7 * (to / Math.max(1, bytes.length)), "parse");
    if (last) break;
  }
  return reader.head ? reader : null;
}
async function ingestHouseholds(bytes, file, opts, known, progress) {
  let reader;
  try {
    reader = await readHouseholds(bytes, file, opts, progress);
  } catch {
    return null;
  }
  if (!reader?.agg) return null;
  return resultOf2(reader, file, opts, known, isSpreadsheet(bytes, file) ? "xlsx" : "csv");
}
async function resultOf2(reader, file, opts, known, format) {
  const summary = summarise(reader);
  const totals = tidyTotals(reader);
  const csv = new TextEncoder().encode(totalsCsv(totals));
  const res = await ingest(csv, file, { unitChoices: opts.unitChoices, unmatched: opts.unmatched, mapping: opts.mapping, year: summary.years.length ? void 0 : opts.year }, known);
  return withSummary(res, summary, format, file);
}
function withSummary(res, summary, format, file) {
  if (summary.households === 0 && !res.fatal) res.fatal = { code: "no_values", message: "no_values", params: { file } };
  return {
    ...res,
    issues: res.issues.map((i2) => ({ ...i2, row: 0, ...i2.items ? { items: { ...i2.items, row: i2.items.row.map(() => 0) } } : {} })),
    rejected: res.rejected.map((r) => ({ ...r, row: 0 })),
    // A unit's first row too: problems found later (invisible characters in its name, names.ts) take it.
    unitMatches: res.unitMatches.map((m) => ({ ...m, firstRow: 0 })),
    format,
    titleRows: summary.titleRows,
    dataRows: summary.rows,
    households: summary
  };
}

// src/ingest/crosswalkImport.ts
var import_papaparse5 = __toESM(require_papaparse(), 1);
var HEAD_BYTES = 1 << 14;
var HEADER_ROWS = 10;
var MAX_XLSX = 4 << 20;
function looksLikeCrosswalk(bytes, file, opts) {
  if (/\.json$/i.test(file)) return false;
  if (isZip(bytes)) return bytes.length <= MAX_XLSX;
  let end = Math.min(bytes.length, HEAD_BYTES);
  while (end > 0 && end < bytes.length && bytes[end] >= 128 && bytes[end] < 192) end--;
  const head = decode(bytes.subarray(0, end), opts.encoding).text;
  const rows2 = import_papaparse5.default.parse(head.replace(/^\uFEFF/, ""), { preview: HEADER_ROWS, delimiter: opts.delimiter ?? "" }).data;
  return rows2.some((r) => isCrosswalkHeader(r));
}
async function ingestCrosswalk(bytes, file, opts, known) {
  if (!looksLikeCrosswalk(bytes, file, opts)) return null;
  let sheet;
  try {
    sheet = await readSheet2(bytes, file, opts);
  } catch {
    return null;
  }
  const textRow = (r) => r.map((c) => stripInvisible(cellText(c)));
  const at = sheet.grid.slice(0, HEADER_ROWS).findIndex((r) => isCrosswalkHeader(textRow(r)));
  if (at < 0) return null;
  const rows2 = sheet.grid.map(textRow);
  const head = rows2[at].map((h) => h.trim());
  const read = crosswalkFromRows(head, rows2.slice(at + 1), { id: file, effective: "", source: file, label: { vi: file, en: file } }, at + 2);
  const res = emptyResult(file);
  Object.assign(res, {
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    sheets: sheet.sheets,
    headerRow: at + 1,
    headers: head,
    headerKey: headerKey(head),
    preview: rows2.slice(at + 1, at + 6),
    dataRows: rows2.slice(at + 1).filter((r) => r.some((c) => c.trim())).length,
    titleRows: rows2.slice(0, at).filter((r) => r.some((c) => c.trim())).map((r, i2) => ({ row: i2 + 1, text: r.filter((c) => c.trim()).join(" ") }))
  });
  res.crosswalk = preview(read.crosswalk, read.issues, known);
  res.ok = read.issues.length === 0 && read.crosswalk.links.length > 0;
  if (read.crosswalk.links.length === 0) res.fatal = { code: "no_values", message: "no_values", params: { file } };
  return res;
}
function preview(cw, issues, known) {
  const byOfficial = /* @__PURE__ */ new Map();
  for (const u of known) byOfficial.set(u.officialCode, [...byOfficial.get(u.officialCode) ?? [], u]);
  const names = /* @__PURE__ */ new Map();
  for (const l of cw.links) if (!names.has(l.toCode) || !names.get(l.toCode) && l.toName) names.set(l.toCode, l.toName ?? "");
  const starts = /* @__PURE__ */ new Map();
  const newUnits = [...names].map(([code, name]) => {
    const units = byOfficial.get(code) ?? [];
    const latest = units.reduce((a, u) => !a || (u.validFrom ?? "") > (a.validFrom ?? "") ? u : a, void 0);
    if (latest?.validFrom) starts.set(latest.validFrom, (starts.get(latest.validFrom) ?? 0) + 1);
    return { code, name: name || latest?.name.vi || "", known: units.length > 0 };
  });
  const guess = [...starts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  return { crosswalk: { ...cw, effective: guess ?? "" }, effectiveGuess: guess, newUnits, issues };
}

// src/ingest/workerStore.ts
var failure = (e) => ({ ok: false, message: e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e) });
function openTarget(t) {
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = globalThis.indexedDB.open(t.db);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(t.objectStore)) req.result.createObjectStore(t.objectStore);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("open failed"));
    req.onblocked = () => reject(new Error("database blocked"));
  });
}
function storeRecord(db, t, record) {
  let tx;
  try {
    tx = db.transaction(t.objectStore, "readwrite");
  } catch (e) {
    db.close();
    return Promise.resolve(failure(e));
  }
  const done = new Promise((resolve) => {
    tx.oncomplete = () => resolve({ ok: true });
    tx.onabort = () => resolve(failure(tx.error ?? new Error("transaction aborted")));
  }).finally(() => db.close());
  try {
    tx.objectStore(t.objectStore).put(record, t.key);
  } catch (e) {
    try {
      tx.abort();
    } catch {
    }
    return done.then(() => failure(e));
  }
  return done;
}

// src/ingest/baseParts.ts
var BaseAssembler = class {
  head = null;
  columns = null;
  units = [];
  accept(part) {
    if (part.kind === "head") {
      const n = part.size;
      this.head = part.head;
      this.units = [];
      this.columns = { ...part.dicts, unit: new Uint32Array(n), indicator: new Uint16Array(n), year: new Uint16Array(n), value: new Float64Array(n), prov: new Uint32Array(n), row: new Uint32Array(n) };
    } else if (part.kind === "rows") {
      const c = this.columns;
      const r = part.rows;
      c.unit.set(r.unit, part.from);
      c.indicator.set(r.indicator, part.from);
      c.year.set(r.year, part.from);
      c.value.set(r.value, part.from);
      c.prov.set(r.prov, part.from);
      c.row.set(r.row, part.from);
    } else for (const u of unpack(part.items)) this.units.push(u);
  }
  /** The dataset sent last; throws when no head was sent. */
  take() {
    if (!this.head || !this.columns) throw new Error("No dataset was sent");
    const p = { ...this.head, units: this.units, columns: this.columns };
    this.head = null;
    this.columns = null;
    this.units = [];
    return p;
  }
};

// src/ingest/session.ts
var Cancelled = class extends Error {
};
function importSession(post, cancelled = () => false) {
  let result = null;
  let base = null;
  const parts = new BaseAssembler();
  const baseOf2 = (p) => fromPlain(p ?? parts.take());
  const diff = () => result && !result.fatal && base ? diffTables(base.table, result.table, result.rejected.length) : null;
  const handle = async (req) => {
    if (req.type === "base") {
      parts.accept(req.part);
      return;
    }
    try {
      if (req.type === "ingest") {
        drop();
        base = baseOf2(req.base);
        const buf = typeof req.bytes.arrayBuffer === "function" ? await req.bytes.arrayBuffer() : req.bytes;
        const onProgress = (fraction, phase) => {
          if (cancelled()) throw new Cancelled("cancelled");
          post({ type: "progress", id: req.id, fraction, phase });
        };
        const bytes = new Uint8Array(buf);
        const known = base.units.all();
        result = sanitizeNames(await ingestCrosswalk(bytes, req.file, req.opts, known) ?? await ingestHouseholds(bytes, req.file, req.opts, known, onProgress) ?? await ingestFast(bytes, req.file, req.opts, known, onProgress));
        postResult(req.id, result, post, diff);
      } else if (req.type === "diff") {
        base = baseOf2(req.base);
        post({ type: "diffed", id: req.id, diff: diff() });
      } else {
        if (req.base !== void 0) base = baseOf2(req.base);
        if (!result || result.fatal || !base) throw new Error("Nothing to apply");
        const target = req.store;
        const db = target ? openTarget(target) : null;
        db?.catch(() => {
        });
        const next = applyImport(base, result, req.mode);
        const imported = result.table;
        const { units, ...plain } = toPlain(next);
        const index = next.table.index();
        const known = /* @__PURE__ */ new Set([...base.units.all().map((u) => u.code), ...result.units.map((u) => u.code)]);
        const addedUnits = units.filter((u) => !known.has(u.code));
        result = null;
        base = null;
        const sent = target ? { ...plain, columns: copyColumns(plain.columns) } : plain;
        const transfer = [...columnBuffers(sent.columns), index.offsets.buffer];
        const own2 = imported.toColumns();
        const shared = target && columnBuffers(own2).some((b) => columnBuffers(plain.columns).includes(b));
        const importedCols = shared ? copyColumns(own2) : own2;
        for (const b of columnBuffers(importedCols)) if (!transfer.includes(b)) transfer.push(b);
        post({ type: "applied", id: req.id, dataset: sent, addedUnits, index, imported: importedCols }, transfer);
        if (target) {
          const pools = makePools(next);
          post({ type: "pools", id: req.id, pools }, pools.map((p) => p.values.buffer));
        }
        if (target && db) {
          const outcome = await db.then((d2) => storeRecord(d2, target, { ...target.head, dataset: { ...plain, units } }), (e) => ({ ok: false, message: String(e) }));
          post({ type: "stored", id: req.id, ...outcome });
        }
      }
    } catch (err2) {
      post({ type: "failed", id: req.id, message: err2 instanceof Error ? err2.message : String(err2) });
    }
  };
  const drop = () => {
    if (result) dropResult(result, base);
    result = null;
    base = null;
  };
  return Object.assign(handle, { drop });
}
function dropResult(r, base) {
  const shared = new Set(base ? columnBuffers(base.table.toColumns()) : []);
  recycle(columnBuffers(r.table.toColumns()).filter((b) => !shared.has(b)));
}

// test/bench/nodeShapes.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";
var out = (name) => fileURLToPath2(new URL(`./out/${name}`, import.meta.url));
var SHAPES = {
  national: { file: out("synthetic-national-communes.csv"), encoding: "utf-8" },
  national_custom: { file: out("synthetic-national-custom.csv"), encoding: "utf-8" },
  wide_years_xlsx: { file: out("synthetic-wide-years.xlsx") },
  legacy_1258: { file: out("synthetic-legacy-1258.csv"), encoding: "windows-1258" },
  households: { file: out("synthetic-households-350000.csv"), encoding: "utf-8" },
  national_messy: { file: out("synthetic-national-messy.csv"), encoding: "utf-8" },
  json_records: { file: out("synthetic-records.json"), encoding: "json" }
};
async function timed(f) {
  const c0 = cpuUsage();
  const t0 = performance.now();
  const out2 = await f();
  const c = cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1e3, out: out2 };
}
async function bare(bytes, encoding) {
  if (!encoding) {
    const { default: readXlsxFile } = await import("read-excel-file/universal");
    return (await readXlsxFile(bytes.slice().buffer)).length;
  }
  if (encoding === "json") return JSON.parse(new TextDecoder().decode(bytes)).length;
  return import_papaparse6.default.parse(new TextDecoder(encoding).decode(bytes), { header: false }).data.length;
}
var BASE = toPlain({ ...emptyDataset(), units: new UnitRegistry(builtinUnitsFromDisk()) });
async function ingest2(bytes, file) {
  let result = null;
  const run = importSession((m) => {
    if (m.type !== "progress") result = m;
  });
  await run({ type: "ingest", id: 1, bytes: bytes.slice().buffer, file, opts: {}, base: BASE });
  return result;
}
var runs = Number(process.env.BENCH_RUNS ?? 2);
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SHAPES)) {
  const { file, encoding } = SHAPES[name];
  const bytes = new Uint8Array(readFileSync2(file));
  for (let k = 0; k < runs; k++) {
    const b = await timed(() => bare(bytes, encoding));
    const e = await timed(() => ingest2(bytes, file.split("/").pop()));
    const m = e.out;
    console.log(JSON.stringify({ shape: name, run: k, bare_ms: Math.round(b.ms), bare_cpu_ms: Math.round(b.cpu), ms: Math.round(e.ms), cpu_ms: Math.round(e.cpu), ratio_cpu: Math.round(e.cpu / b.cpu * 100) / 100, ratio: Math.round(e.ms / b.ms * 100) / 100, message: m?.type }));
  }
}
/*! Bundled license information:

papaparse/papaparse.js:
  (* @license
  Papa Parse
  v5.7.1
  https://github.com/mholt/PapaParse
  License: MIT
  *)
*/
