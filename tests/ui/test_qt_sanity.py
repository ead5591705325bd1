"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

That build returned None from void Qt calls without a new reference: after some thousands of
calls Python aborted ("none_dealloc"), i.e. the app would crash in a parent's hands.
"""

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
    label.show()
app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_keep_reference_counts():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 100
