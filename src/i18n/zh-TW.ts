/**
 * Traditional Chinese (Taiwan). Same keys as en.ts; the type check fails when one is missing.
 * Written the way Taiwanese ML practitioners write: 參數, 訓練, 算力, 詞表, 記憶體, 推論, 張卡, with
 * the usual English terms kept (FLOP, MFU, GPU, MoE, token, KV cache, ZeRO, PF-days). Every
 * `{placeholder}`, option (`gpu=H100`) and command (`/flops ...`) is kept as in English.
 */
import type { MessageKey } from "./en.ts";

export const zhTW: Record<MessageKey, string> = {
  // Command summaries (help)
  "cmd.compute.summary":
    "用 D 個 token 訓練 N 個參數所需的算力 (6·N·D)、Chinchilla 最佳 token 數，以及在某款 GPU 上的時間與成本。",
  "cmd.mfu.summary":
    "由 GPU 小時數 (或 GPU 數 × 天數、或 tokens/s) 算出一次訓練的 MFU (Model FLOPs Utilization)，並判斷是否可能。",
  "cmd.chinchilla.summary":
    "依模型大小算出算力最佳的 token 數，或依 FLOP 預算算出最佳的模型大小與 token 數。",
  "cmd.cards.summary": "訓練或推論一個模型需要多少記憶體，要用幾張某款 GPU 的卡。",
  "cmd.params.summary": "GPT 式 transformer、Llama 式 decoder (含 MoE) 或一串網路層的參數量。",
  "cmd.gpus.summary": "GPU 目錄：記憶體、頻寬與 dense 峰值算力，附原廠規格書。",
  "cmd.help.summary": "每個指令的用途、選項與範例。",

  // Option descriptions (help, Discord)
  "opt.params": "參數量 N，例如 175B (MoE 請填總參數量)。",
  "opt.tokens": "訓練 token 數 D，例如 300B。",
  "opt.active": "MoE 每個 token 的啟用參數量，例如 37B。",
  "opt.layers": "層數 L。",
  "opt.hidden": "模型寬度 h (d_model)。",
  "opt.ctx": "上下文 (序列) 長度 T。",
  "opt.gpu": "GPU 型號，例如 H100、A100、MI300X。",
  "opt.gpus": "GPU 數量。",
  "opt.days": "實際花費的時間，例如 21 days 或 90h (只寫數字時單位是天)。",
  "opt.mfu": "假設的 MFU，例如 40%。",
  "opt.price": "每 GPU 小時的價格，例如 $2.5/h。",
  "opt.precision": "峰值或權重的精度：bf16、fp8 等。",
  "opt.gpu-hours": "這次訓練的 GPU 小時數，例如 2.664M (或 2048*21days)。",
  "opt.tokens-per-second": "實測的訓練吞吐量，單位 tokens/s (所有 GPU 合計)。",
  "opt.heads": "Attention (query) head 數。",
  "opt.head-dim": "每個 attention head 的維度。",
  "opt.moe": "參數量是 MoE 的總參數量 (MFU 用它計算時會提出警告)。",
  "opt.recompute": "計入完整的 activation 重算 (硬體 FLOP，HFU)／重算模式。",
  "opt.budget": "訓練算力預算，單位 FLOP，例如 3.14e23。",
  "opt.mode": "infer (推論) 或 train (訓練)。",
  "opt.zero": "ZeRO stage 0–3 (切分 optimizer 狀態、梯度與權重)。",
  "opt.dp": "ZeRO 切分所跨的 data parallel 大小。",
  "opt.context": "KV cache 或 activation 的上下文長度，例如 8k。",
  "opt.batch": "KV cache 的 batch (序列數)；訓練時是 micro-batch。",
  "opt.kv-heads": "Key/value head 數 (grouped-query attention)。",
  "opt.spec": "架構 (transformer、decoder) 或一串網路層：dense 784->128, dense 128->10。",
  "opt.d": "模型寬度 h (d_model，hidden size)。",
  "opt.vocab": "詞表大小 V。",
  "opt.tied": "輸出層與 token embedding 共用權重。",
  "opt.ffn": "(gated) MLP 的中間層大小。",
  "opt.experts": "每個 MoE 層的路由專家數。",
  "opt.top-k": "每個 token 使用的專家數。",
  "opt.shared-experts": "每個 MoE 層的共享 (一律啟用) 專家數。",
  "opt.expert-ffn": "單一專家的中間層大小。",
  "opt.dense-layers": "開頭使用 dense MLP (而不是專家) 的層數。",
  "opt.filter": "GPU 名稱的一部分，例如 h100。",
  "opt.topic": "要說明的指令，例如 mfu。",

  // Titles
  "title.compute": "訓練算力：{params} 參數 × {tokens} token",
  "title.mfu": "{params} 參數模型在 {gpu} 上訓練的 MFU",
  "title.chinchillaParams": "{params} 參數的 Chinchilla 最佳訓練量",
  "title.chinchillaBudget": "{budget} FLOP 預算下的算力最佳模型",
  "title.cardsInfer": "用 {gpu} 推論 {params} 參數的模型",
  "title.cardsTrain": "用 {gpu} 訓練 {params} 參數的模型",
  "title.params.gpt": "GPT 式 transformer 的參數量",
  "title.params.decoder": "Llama 式 decoder 的參數量",
  "title.params.network": "網路各層的參數量",
  "title.gpus": "GPU 目錄 (共 {count} 款加速器)",
  "title.gpusFiltered": "符合「{filter}」的 GPU ({count} 款)",
  "title.help": "flopsbot：訓練算力、MFU 與 GPU 數量",
  "title.helpCommand": "/flops {command}",
  "error.title": "這個我算不出來",

  // Row labels
  "row.name": "{name}",
  "row.trainingFlops": "訓練算力 (6ND)",
  "row.trainingFlopsAttention": "計入 attention (PaLM 附錄 B)",
  "row.pfDays": "PF-days",
  "row.chinchillaTokens": "Chinchilla 最佳 token 數",
  "row.optimalParams": "算力最佳參數量",
  "row.tokensPerParam": "每個參數的 token 數",
  "row.timesOptimal": "佔 Chinchilla 最佳 token 數的比例",
  "row.loss": "最佳點的擬合 loss",
  "row.lossAtTokens": "這次訓練的擬合 loss",
  "row.peak": "每張 GPU 峰值 (dense)",
  "row.gpusForDeadline": "如期完成所需 GPU 數",
  "row.wallTime": "訓練時間",
  "row.gpuHours": "GPU 小時",
  "row.cost": "成本",
  "row.trainCards": "放得下訓練狀態的卡數",
  "row.modelFlops": "模型 FLOP",
  "row.hardwareFlops": "硬體 FLOP (含重算)",
  "row.gpuSeconds": "GPU 秒",
  "row.achieved": "每張 GPU 實際達到",
  "row.mfu": "MFU",
  "row.hfu": "HFU",
  "row.weights": "權重",
  "row.gradients": "梯度",
  "row.optimizer": "Optimizer 狀態",
  "row.activations": "Activation",
  "row.kvCache": "KV cache",
  "row.overhead": "執行時額外開銷",
  "row.perCardZero": "ZeRO 切分後每張卡",
  "row.memoryTotal": "記憶體總量",
  "row.cards": "需要的卡數",
  "row.ruleOfThumb": "經驗法則 (原始文章)",
  "row.ruleOfThumbCards": "依經驗法則的卡數",
  "row.totalParams": "總參數量",
  "row.nonEmbedding": "非 embedding 參數量",
  "row.activeParams": "每個 token 的啟用參數量",

  // Parameter parts
  "part.attention": "Attention 層",
  "part.mlp": "MLP 層",
  "part.norms": "Layer norm",
  "part.finalNorm": "最後的 norm",
  "part.embedding": "Token 嵌入層",
  "part.positions": "位置嵌入層",
  "part.head": "輸出層 (不與嵌入層共用)",
  "part.router": "路由器 (router)",
  "part.routedExperts": "路由專家",
  "part.sharedExperts": "共享專家",
  "part.layer": "第 {index} 層 {kind}",

  // Notes
  "note.tokensDefaultChinchilla": "沒有給 token 數：使用 Chinchilla 最佳的 {tokens} (每個參數 20 個 token)。",
  "note.activeParams": "MoE：算力用 {active} 啟用參數計算，而不是總共 {total} 參數。",
  "note.attentionNeedsShape": "attention 項需要同時給 layers=、d= 和 ctx=。",
  "note.underTrained":
    "這次訓練的 token 數是 Chinchilla 最佳值的 {times} 倍：這個大小的模型多給一些 token 會更好。",
  "note.overTrained":
    "這次訓練的 token 數是 Chinchilla 最佳值的 {times} 倍：以模型大小來說是過度訓練，換來更便宜的推論。",
  "note.defaultMfu": "假設 MFU 為 {mfu}；可用 mfu= 修改。",
  "note.defaultGpus": "假設用 {gpus} 張 GPU；可設定 gpus= 或 days=。",
  "note.trainCards":
    "訓練狀態以混合精度 Adam 計算，每個參數 16 bytes，切分到每張卡上 (ZeRO-3)；不含 activation。",
  "note.mfuNoAttention":
    "每個 token 6N 沒有計入 attention；給 layers=、heads=、head-dim= 和 ctx= 可得到 PaLM 附錄 B 的算法。",
  "note.defaultPrecision": "峰值以 bf16 dense 計算；FP8 訓練請設定 precision=fp8。",
  "note.chinchillaRule": "Chinchilla：每個參數約 20 個 token 是算力最佳；推論量大的模型通常會訓練得更久。",
  "note.kvNeedsShape":
    "KV cache 需要 layers=、kv-heads= (或 heads=) 和 head-dim= (或 hidden=)，再加上 context=。",
  "note.activationsNeedShape": "Activation 需要 layers=、hidden=、heads= 和 context=；目前只計算模型狀態。",
  "note.trainMixedPrecision": "不論給的精度是什麼，訓練記憶體都以 bf16 混合精度 Adam 計算。",
  "note.perCardTooBig":
    "單張卡放不下它分到的 ZeRO 份額：調高 dp= 或 ZeRO stage，或加上 tensor／pipeline 平行。",
  "note.usableFraction": "假設每張卡有 {percent}% 的記憶體可用。",
  "note.gptFormula":
    "每層 12h² + 13h (attention 4h²+4h、MLP 8h²+5h、norm 4h)，再加上 embedding (Kaplan et al. 2020)。",
  "note.decoderFormula":
    "Grouped-query attention、gated MLP 3·h·ffn、RMSNorm；MoE 的總參數量計入所有專家，啟用參數量只計 top-k。",
  "note.densePeaks": "峰值是 dense 數字；原廠規格書常印 sparse 數字 (2 倍)。",
  "note.helpGrammar":
    "數字可以加 K/M/B/T 後綴 (175B、1.4T)、單位 (21 days、$2.5/h) 和算式 (2048*21days)。加上 private 就只有自己看得到回覆。",
  "note.example": "範例：{example}",

  // Warnings
  "mfu.impossible": "MFU {percent}% 不可能：沒有 GPU 能跑超過峰值的 100%。",
  "mfu.suspicious": "MFU {percent}% 很可疑：公開的大型訓練最好也只有約 40–60%。",
  "mfu.causes": "可能原因：MoE 用總參數量計算、用了 sparse 峰值、精度不對，或 GPU 小時數少報。",
  "mfu.causeMoe": "這是用總參數量計算的 MoE：算力只該用啟用參數計算 (設定 active=)。",
  "mfu.causeMoeActive": "這是用總參數量計算的 MoE：改用啟用參數，MFU 是 {percent}%。",

  // Hints
  "hint.compute": "下一步：/flops {params} {tokens} gpu=H100 price=$2.5/h 看時間與成本。",
  "hint.computeWithGpu": "下一步：/flops cards {params} gpu=H100 mode=train 看記憶體明細。",
  "hint.mfu": "下一步：加上 recompute 看硬體 FLOP (HFU)，或用 precision=fp8 看 FP8 訓練。",
  "hint.mfuImpossible": "下一步：檢查啟用參數量 (active=)、精度，以及峰值是不是 dense。",
  "hint.chinchilla": "下一步：/flops {params} {tokens} gpu=H100 看時間與成本。",
  "hint.cardsInfer": "下一步：/flops cards {params} gpu=H100 mode=train 看訓練記憶體。",
  "hint.cardsTrain": "下一步：加上 zero=3 dp=64 看每張卡分到多少。",
  "hint.params": "下一步：/flops {params} 看它的訓練算力。",
  "hint.gpus": "下一步：/flops gpus h100 篩選，或 /flops 70B 1.4T gpu=H100。",
  "hint.help": "下一步：/flops help mfu 看單一指令的選項。",
  "hint.helpCommand": "下一步：試試上面的範例。",
  "error.example": "試試：{example}",

  // Errors
  internal: "我們這邊出了問題，錯誤已經記錄下來。",
  "rate.title": "請稍等一下",
  "result.outOfRange": "這些數字太大 (或太小)，算出來的結果超出數值範圍。請試試像 175B 300B 這樣的大小。",
  "rate.limited": "你提問的速度超過每分鐘 {limit} 次，這是每人的上限。請在 {seconds} 秒後再試一次。",
  "args.badChoice": "「{value}」不是 {choices} 其中之一。你是不是要找 {suggestions}？",
  "args.badLang": "我不會「{value}」這個語言：請用 lang=en 或 lang=zh-TW。",
  "args.emptyValue": "{key}= 需要一個值，例如 {example}。",
  "args.extra": "我不知道「{value}」在 /flops {command} 裡是做什麼用的。",
  "args.invalid": "{option} 的值不正確，例如 {example}。",
  "args.missing": "缺少 {option}。",
  "args.tooLong": "太長了：最多 {max} 個字元。",
  "args.unknownCommand": "沒有「{command}」這個指令。你是不是要找 {suggestions}？",
  "args.unknownKey": "/flops {command} 沒有「{key}」這個選項。你是不是要找 {suggestions}？",
  "chinchilla.needInput": "請給模型大小或 budget=，例如 {example}。",
  "gpu.precisionUnsupported": "{gpu} 沒有公布 dense {precision} 峰值；它有的是 {supported}。",
  "gpu.unknown": "我不認識「{query}」這款 GPU。你是不是要找 {suggestions}？(/flops gpus 會列出全部。)",
  "mfu.needGpus": "tokens-per-second 需要 GPU 數量，例如 {example}。",
  "mfu.needTime": "MFU 需要 GPU 時間：gpu-hours=，或 gpus= 加上 days=。",
  "mfu.needTokens": "MFU 需要訓練 token 數 (或 tokens-per-second= 加上 gpus=)。",
  "params.denseLayers": "dense-layers={denseLayers} 比 layers={layers} 還多。",
  "params.groups": "groups={groups} 必須能整除兩個 channel 數 ({inChannels} 和 {outChannels})。",
  "params.headDim": "hidden={hidden} 無法被 heads={heads} 整除：請設定 head-dim=。",
  "params.invalidSize": "{name}={value} 必須是至少 {min} 的整數。",
  "params.kernel": "kernel「{kernel}」不是像 3x3 這樣的大小。",
  "params.kvHeads": "heads={heads} 必須是 kv-heads={kvHeads} 的倍數。",
  "params.layerSyntax": "我看不懂「{layer}」這一層；請寫成像 {example} 這樣。",
  "params.layerUnknown": "我不認識「{kind}」這種層。你是不是要找 {suggestions}？",
  "params.missing": "這個架構需要 {name}=。",
  "params.tooManyLayers": "一串最多 {max} 層。",
  "params.topK": "top-k={topK} 比 experts={experts} 還多。",
  "quantity.empty": "少了一個數字，例如 175B。",
  "quantity.negative": "「{text}」必須大於零，例如 175B。",
  "quantity.notAllowed":
    "「{text}」不是我能計算的數字：只能用數字、K/M/B/T、時間單位和 + - * / ^，例如 6*175B*300B。",
  "quantity.notFinite": "「{text}」太大，超出數字範圍，例如 3.15e23。",
  "quantity.notInteger": "「{text}」必須是至少 1 的整數，例如 2048。",
  "quantity.notPositive": "「{text}」必須大於零，例如 175B。",
  "quantity.notFraction": "「{text}」必須是 0 到 100% 之間的比例，例如 40%。",
  "quantity.syntax": "我無法把「{text}」讀成數字，例如 175B 或 2048*21days。",
  "quantity.tooLong": "{length} 個字元的數字太長了 (最多 {max} 個)，例如 175B。",
  "quantity.unitMismatch": "「{text}」在這裡的單位不對，例如時間用 21 days、價格用 $2.5/h、數量用 175B。",
  "quantity.unknownWord":
    "我不認識數字裡的「{word}」。你是不是要找 {suggestions}？例如 175B、1.4T、21 days。",

  // Console
  "console.banner":
    "flopsbot 本機主控台。輸入指令 (175B 300B、mfu ...、help)，或輸入 exit 離開。\n要在 Slack 或 Discord 回答，請在 .env 設定 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET (見 slack/manifest.yml)，或 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID，再重新執行 npm start (README：Slack、Discord)。",

  // Discord (the /flops command's own descriptions and embed labels)
  "discord.query.summary": "用文字語法提問，寫法和 /flops 後面一樣：175B 300B gpu=H100、mfu ...、help。",
  "discord.opt.text": "要問的內容，寫法和 /flops 後面一樣，例如 175B 300B gpu=H100。",
  "discord.opt.private": "只有你看得到這則回覆。",
  "discord.opt.lang": "回覆的語言 (預設為你的 Discord 語言)。",
  "discord.opt.explain": "逐步列出推導過程與出處。",
  "discord.lang.en": "英文 (English)",
  "discord.lang.zh-TW": "繁體中文",
  "discord.sources": "出處",
  "discord.more": "…還有 {count} 項 (超過一則 Discord 訊息的長度)。",

  // Slack
  "slack.more": "…還有 {count} 項 (超過一則 Slack 訊息的長度)。",

  // Models (published runs, presets, model, compare, explain)
  "cmd.model.summary":
    "一次公開的訓練：論文公布的數字 (參數、token、算力、硬體、MFU) 與我們算出的並列，附差異與解讀。",
  "cmd.compare.summary": "並排比較 2 到 4 次公開的訓練：參數、token、每參數 token 數、FLOP、GPU 小時、MFU。",
  "opt.name": "一次公開的訓練，例如 deepseek-v3、llama-3-405b、gpt-3 (不填：列出全部)。",
  "opt.names": "2 到 4 次訓練，例如 gpt-3 chinchilla palm。",
  "model.unknown": "我不認得「{query}」這次訓練。你是指 {suggestions} 嗎？(/flops model 會列出全部。)",
  "model.unknownNoSuggestion": "我不認得「{query}」這次訓練；/flops model 會列出我知道的全部。",
  "model.notApplicable":
    "{model} 沒有 /flops {command} 需要的 {option}：請自行輸入 {option}=，或看 /flops model {model}。",
  "compare.count": "請比較 {min} 到 {max} 次訓練 (你給了 {count} 個)，例如 /flops {example}。",
  "preset.applied": "{model}：已填入公開的數字 ({values})；你輸入的值會覆蓋它們。",
  "model.title": "{model}：公開數字與我們的估算",
  "model.catalogTitle": "我知道的公開訓練 ({count} 個)",
  "compare.title": "並排比較：{models}",
  "model.row.params": "參數量 (公開)",
  "model.row.paramsRecomputed": "由架構算出的參數量 (我們)",
  "model.row.active": "啟用參數量 (公開)",
  "model.row.activeRecomputed": "由架構算出的啟用參數量 (我們)",
  "model.row.tokens": "訓練 token 數 (公開)",
  "model.row.flops": "訓練算力 (公開)",
  "model.row.flops6nd": "訓練算力，6ND (我們)",
  "model.row.flops6ndTotal": "用總參數量算的 6ND (對 MoE 是錯的)",
  "model.row.hardware": "硬體 (公開)",
  "model.row.gpuHours": "GPU 小時 (公開)",
  "model.row.mfu": "MFU (公開)",
  "model.row.hfu": "HFU (公開)",
  "model.row.mfuTotal": "用總參數量算的 MFU (我們)",
  "model.row.mfuOurs": "MFU，6ND 除以 GPU 時間 (我們)",
  "model.row.mfuThroughput": "由公開吞吐量算出的 MFU (我們)",
  "model.row.achieved": "每張 GPU 實際達到 (公開)",
  "model.value.notPublished": "未公開",
  "model.value.notModelled": "未建模 (見附註)",
  "compare.row.params": "{model} · 參數量",
  "compare.row.tokens": "{model} · 訓練 token 數",
  "compare.row.tokensPerParam": "{model} · 每參數 token 數",
  "compare.row.flops": "{model} · 訓練算力",
  "compare.row.gpuHours": "{model} · GPU 小時",
  "compare.row.mfu": "{model} · MFU (模型算力利用率)",
  "model.reading.moeImpossible":
    "用 {total} 總參數量算 6ND，MFU 是 {totalMfu}%：不可能。{model} 是 MoE，每個 token 只啟用 {active} 參數，這樣算是 {activeMfu}%。",
  "model.reading.mfu": "{model}：我們在 {hardware} 上算出的 MFU 是 {mfu}%；公開的數字是 {published}。",
  "model.reading.mfuPlausible":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 是 {mfu}%：合理 (最好的大型訓練約 40–60%)。",
  "model.reading.mfuLow":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 只有 {mfu}%：偏低，公開的 GPU 時間可能不只涵蓋這些 token (或 token 數只是下限)。",
  "model.reading.mfuSuspicious":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 是 {mfu}%：可疑，高於最好的大型訓練約 60% 的水準。",
  "model.reading.mfuImpossible":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 是 {mfu}%：不可能，超過峰值的 100%。",
  "model.reading.compute": "{model}：6ND 算出 {flops} FLOP，與公開的 {published} 相差 {difference}。",
  "model.reading.computeUnpublished":
    "{model}：6ND 算出 {flops} FLOP，每參數 {ratio} 個 token；算力與 GPU 時間未公開。",
  "model.reading.paramsOnly": "{model}：只公開了架構 ({params} 參數)；訓練 token 數、算力與硬體都未公開。",
  "model.note.presets":
    "任何指令都可以用訓練的名稱代替數字：/flops llama-3-405b、/flops mfu deepseek-v3、/flops cards llama-3-70b gpu=H100 mode=infer context=8k。你輸入的值會覆蓋公開的數字。",
  "model.note.mla":
    "DeepSeek-V3 的 multi-head latent attention (低秩的 q 與 kv 投影、分離的 RoPE key) 與 multi-token prediction 模組不在參數公式涵蓋的範圍內，所以不重算參數量；直接使用公開的 671B 總參數與 37B 啟用參數。",
  "model.note.deepseekFp8":
    "DeepSeek-V3 大部分矩陣乘法用 FP8 計算；若以 FP8 dense 峰值 (bf16 的兩倍) 為基準，MFU 會減半。原文與本回覆一樣使用 bf16 峰值。",
  "model.note.gpt3Gpus":
    "GPT-3 的 GPU 數與天數出自 Patterson 等人 2021 (10,000 張 V100 是 NVIDIA 的估計)；OpenAI 並未公開。",
  "model.note.gopherRemat":
    "Gopher 公開的 6.31e23 FLOP 計入了重算 (rematerialization，多一次前向，+33%) 與 padding，所以 6ND 約低 20%。",
  "model.note.relativePositions":
    "計入 Transformer-XL 相對位置編碼：每層一個 h×h 投影 (L·h²)，GPT 式的算法不含這項。",
  "model.note.notInCatalog": "它用的 TPU 不在 GPU 目錄中，所以這裡不重算 MFU。",
  "model.note.palmDowntime":
    "晶片小時數包含停機與重跑的步驟，用它算出的 MFU 較低；PaLM 的 46.2% 是由實測吞吐量算出 (附錄 B)。",
  "model.note.optTokens":
    "OPT 的 180B token 是語料大小；論文沒有說這次訓練看了多少 token，也沒有公開 GPU 時間。每張 GPU 147 TFLOP/s 是「最高」數字。",
  "model.note.rotaryBuffers":
    "公開的參數量是 Hugging Face safetensors 的總數，含 rotary 的 inv_freq buffer (每層 head_dim/2 個)；由架構算出的數字不含。",
  "model.note.llama3Tokens": "模型卡寫的是 15T+ token，所以 6ND 與由 GPU 小時算出的 MFU 都是下限。",
  "model.note.llama3Hours":
    "30.84M GPU 小時涵蓋 405B 的整個訓練 (長上下文與 annealing 階段、重啟)；Table 4 的 38–43% 是在預訓練步驟上量的。",
  "model.note.mixtralContext": "Mistral 沒有公開 Mixtral 的訓練 token 數與硬體。",
  "compare.note.flops": "訓練算力有公開數字就用公開的，否則用 6·N·D (MoE 用啟用參數)。",
  "compare.note.mfu":
    "硬體在目錄中時，MFU 是我們算的 (6ND 除以公開的 GPU 時間，或用公開的吞吐量，以 dense 峰值為準)，否則用公開的；公式欄兩者都列出。",
  "hint.model":
    "下一步：/flops mfu {id} 或 /flops cards {id} gpu=H100 mode=infer：它的數字可以填入任何指令。",
  "hint.modelCatalog": "下一步：/flops model deepseek-v3，或 /flops compare gpt-3 chinchilla palm。",
  "hint.compare": "下一步：/flops model {id} 看單一訓練的細節。",
  "explain.title": "逐步推導：",
  "explain.step": "{step}. {label}：{formula} → {value}",
  "explain.none": "沒有可推導的：這則回覆沒有公式。",
  "explain.const.sixND": "每個參數每個 token 6 FLOP：前向 2、反向 4 (Kaplan 等人 2020，§2.1)。",
  "explain.const.attention":
    "12·L·H·Q·T：每個 token 在長度 T 的上下文上做 attention 的 FLOP，含前向與反向 (Chowdhery 等人 2022，PaLM 附錄 B)。",
  "explain.const.chinchilla": "每個參數約 20 個 token 是算力最佳 (Hoffmann 等人 2022，Chinchilla)。",
  "explain.const.pfDay":
    "1 PF-day = 10¹⁵ FLOP/s 跑 86,400 秒 = 8.64 × 10¹⁹ FLOP (Brown 等人 2020，Table D.1)。",
  "explain.const.densePeak":
    "峰值：規格書上該精度的 dense 數字 (原廠常印 sparse 數字，是 dense 的 2 倍)；規格書列在出處中。",
  "explain.const.mfu":
    "MFU = 模型 FLOP / (GPU 秒數 × dense 峰值) (Chowdhery 等人 2022，PaLM §4.1 與附錄 B)。",
  "explain.const.adam":
    "混合精度 Adam 每個參數存 16 bytes：權重 2、梯度 2、fp32 主副本與 m、v 共 12 (Rajbhandari 等人 2020，ZeRO §3.1)。",
  "explain.const.activations":
    "每層 activation：selective 重算時 34·s·b·h bytes，完整重算時 2·s·b·h (Korthikanti 等人 2022，§4)。",
  "explain.const.lossFit":
    "擬合的 loss L(N, D) = E + A/N^α + B/D^β 用的是 Hoffmann 等人 2022 Approach 3 的常數。",
  "explain.const.kvCache":
    "KV cache：每層、每個 KV head、每個 head 維度各存一個 key 與一個 value (即 2)，乘上上下文的每個 token 與 batch 中的每條序列。",
  "explain.const.usable": "每張卡約 90% 的記憶體可用 (vLLM 預設 gpu_memory_utilization = 0.9)。",

  // Units
  "unit.tokens": "{n} token",
  "unit.gpuHours": "{n} GPU 小時",
  "unit.perGpuHour": "每 GPU 小時 {price}",
  "unit.seconds": "{n} 秒",
  "unit.minutes": "{n} 分鐘",
  "unit.hours": "{n} 小時",
  "unit.days": "{n} 天",
  "unit.years": "{n} 年",

  // Conversations: follow-ups, buttons, form, App Home, "Estimate compute"
  "conversation.changed": "追問 ({changes})，照這樣算：{question}",
  "conversation.again": "重新計算：{question}",
  "conversation.lostTitle": "找不到這則追問接的問題",
  "conversation.lost": "先前的問題已經不在了 (bot 重啟過或已過期)。請把整個問題重新問一次。",
  "conversation.lostWith":
    "先前的問題已經不在了 (bot 重啟過或已過期)；最後讀到的是 {reading}。請把整個問題重新問一次。",
  "conversation.notYours": "只有提問的人可以修改或分享這則私人回覆。",
  "conversation.gpuMenu": "換一款 GPU",
  "conversation.explain": "說明算法",
  "conversation.chart": "圖表",
  "conversation.lang.en": "English (英文)",
  "conversation.lang.zh-TW": "中文 (台灣)",
  "conversation.share": "分享到頻道",
  "conversation.estimate": "估算算力",
  "conversation.form.summary": "用表單問：參數量、token 數、GPU、張數與其他設定",
  "conversation.form.more": "其他 (mfu=40% price=$2/h precision=bf16)",
  "conversation.home.title": "flopsbot：訓練算力，附公式與出處",
  "conversation.home.examples": "試試看",
  "conversation.home.grammar": "語法速覽",
  "conversation.home.followUps":
    "在有回覆的討論串裡，@flopsbot 只打要改的部分 (gpu=A100、gpus=2048、precision=fp8、explain) 就會重算。",
  "conversation.home.recent": "你最近問過的",
  "conversation.home.none": "還沒有：用 /flops 或表單問一個吧。",
  "conversation.form.title": "估算算力",
  "conversation.form.submit": "計算",
  "conversation.form.close": "取消",
  "conversation.form.params": "參數量 (例如 70B)",
  "conversation.form.tokens": "訓練 token 數 (例如 15T)",
  "conversation.form.gpu": "GPU 型號",
  "conversation.form.gpus": "GPU 張數",
  "conversation.form.mfu": "MFU (例如 40%)",
  "conversation.form.price": "每 GPU 小時價格 (例如 $2/h)",
  "conversation.form.precision": "精度",
  "conversation.form.mode": "模式",
  "conversation.form.train": "訓練：算力、時間與成本",
  "conversation.form.infer": "推論：放得下模型要幾張卡",
  "conversation.form.where": "回覆到",
  "conversation.form.invalid": "這個欄位不接受 {value}；例如 {example}。",
  "conversation.form.required": "必填；例如 {example}。",
};

/**
 * Placeholders that hold a count (parameters, tokens) and, in Chinese, also show how people say
 * it: `{params}` = "175B" reads "175B (1,750 億)". Only in titles and notes, never in command
 * examples (`/flops {params} ...` must stay something one can type).
 */
export const ZH_TW_READINGS: Partial<Record<MessageKey, readonly string[]>> = {
  "title.compute": ["params", "tokens"],
  "title.mfu": ["params"],
  "title.chinchillaParams": ["params"],
  "title.cardsInfer": ["params"],
  "title.cardsTrain": ["params"],
  "note.tokensDefaultChinchilla": ["tokens"],
  "note.activeParams": ["active", "total"],
};
