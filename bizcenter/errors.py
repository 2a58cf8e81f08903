"""Domain errors: each carries a stable code and its message in both languages.

The core never shows a dialog; it raises one of these, and each front end shows the message in the
clerk's language (`message(lang)`). Messages are templates filled from the error's params.
"""
from __future__ import annotations


class DomainError(Exception):
    """A refusal the clerk can understand and act on; nothing was written."""

    code = "error"
    zh = "操作失败"
    en = "The action failed"
    #: a write that must survive the rollback of the refused action (e.g. counting a wrong PIN
    #: towards lock-out); `unit_of_work` runs it in its own transaction, then re-raises.
    after_rollback = None

    def __init__(self, code: str | None = None, /, zh: str | None = None, en: str | None = None, **params):
        if code:
            self.code = code
        if zh:
            self.zh = zh
        if en:
            self.en = en
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        template = self.zh if lang.startswith("zh") else self.en
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template

    def bilingual(self) -> str:
        return f"{self.message('zh')} / {self.message('en')}"


class InvalidInput(DomainError):
    code = "invalid_input"


class NotFound(DomainError):
    code = "not_found"


class NotAllowed(DomainError):
    """The actor lacks the role, or the record is closed/locked."""

    code = "not_allowed"


class DatabaseBusy(DomainError):
    code = "database_busy"
    zh = "数据库正被其他程序占用，请稍后再试"
    en = "The database is busy (locked by another program); please try again in a moment"


class NotADatabase(DomainError):
    code = "not_a_database"
    zh = "文件不是 bizcenter 数据库：{path}"
    en = "The file is not a bizcenter database: {path}"


class DatabaseUnavailable(DomainError):
    code = "database_unavailable"
    zh = "无法连接数据库，刚才的操作没有保存；请检查网络或服务器后重试"
    en = "Cannot reach the database; the last action was not saved. Check the network or server and try again"


class DiskFull(DomainError):
    code = "disk_full"
    zh = "磁盘已满，未保存任何内容"
    en = "The disk is full; nothing was saved"


class FileSizeLimit(DiskFull):
    """The operating system's per-process file size limit (`ulimit -f`), not the disk, ran out."""

    code = "file_size_limit"
    zh = "已达到本机的文件大小上限，未保存任何内容；请让 IT 提高该上限（ulimit -f）"
    en = "The file size limit of this machine was reached; nothing was saved. Ask IT to raise the limit (ulimit -f)"


class DatabaseShuttingDown(DatabaseUnavailable):
    """The PostgreSQL server is stopping, restarting or ended this connection on purpose."""

    code = "database_shutting_down"
    zh = "数据库服务器正在关闭或重启，刚才的操作没有保存；请等一两分钟再试，如仍不行请联系 IT"
    en = ("The database server is shutting down or restarting; the last action was not saved. "
          "Wait a minute or two and try again; if it goes on, call IT")


class DatabaseDamaged(DomainError):
    """SQLite found the file's pages inconsistent: nothing more may be written to it or copied as a backup."""

    code = "database_damaged"
    zh = "数据库文件已损坏（{detail}）；请停止收银，并从最近的备份恢复（bizcenter restore）"
    en = "The database is damaged ({detail}); stop selling and restore it from the last backup (bizcenter restore)"
