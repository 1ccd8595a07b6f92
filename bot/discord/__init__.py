"""The Discord adapter: a discord.py bot over bot.service.AnswerService.

Imported only by `python -m bot run` and `python -m bot sync`, so the other commands
start without loading discord.py.
"""
